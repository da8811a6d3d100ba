// Mentions → entities: finds with the same type and canonical name are one entity of the article; its aliases
// are the other surfaces it was written as. Offsets are mapped back into the original text here.
import type { Entity, Mention } from './record.js';
import type { Found } from './types.js';

/** Where a Doc.text span lies in the original: offsets, and whether it is in a --jsonl title. */
export type Locate = (start: number, end: number) => { start: number; end: number; field?: 'title' };

export function canonicalOf(f: Found): string {
  return f.name ?? f.text;
}

export function buildEntities(found: readonly Found[], locate: Locate, extra: { type: Entity['type']; name: string; mention: Mention }[] = []): Entity[] {
  // by type, then name (no key string joined per find); the list keeps the order the entities were made in
  const byType = new Map<Entity['type'], Map<string, Entity>>();
  const list: Entity[] = [];
  const get = (type: Entity['type'], name: string, kind?: string): Entity => {
    let byName = byType.get(type);
    if (!byName) byType.set(type, (byName = new Map()));
    let e = byName.get(name);
    if (!e) {
      // (a property set, not a spread: the keys come in the same order, without an object copied per entity)
      e = { type, name, aliases: [], mentions: [] };
      if (kind) e.kind = kind;
      byName.set(name, e);
      list.push(e);
    }
    return e;
  };
  for (const x of extra) get(x.type, x.name).mentions.push(x.mention);
  // an entity's mentions and aliases are scanned while they are few; past that, sets stand beside the lists (a long
  // article names one person thousands of times: a scan per find is quadratic)
  const places = new Map<Entity, Set<string>>();
  const names = new Map<Entity, Set<string>>();
  for (const f of found) {
    const e = get(f.type, canonicalOf(f), f.kind);
    const at = locate(f.start, f.end);
    const m: Mention = { start: at.start, end: at.end, text: f.text, rule: f.rule };
    if (at.field) m.field = at.field;
    if (!hasMention(e, m, places)) e.mentions.push(m);
    if (f.text !== e.name && !hasAlias(e, f.text, names)) e.aliases.push(f.text);
  }
  // (a list already in order, as the finds' mostly are, is left as it is: a stable sort would not change it)
  for (const e of list) if (!inOrder(e.mentions)) e.mentions.sort(byPlace);
  return list;
}

/** Mentions in the text first, then those in a title; each part by offset. */
const byPlace = (a: Mention, b: Mention): number => (a.field ? 1 : 0) - (b.field ? 1 : 0) || a.start - b.start;

function inOrder(mentions: readonly Mention[]): boolean {
  for (let i = 1; i < mentions.length; i++) if (byPlace(mentions[i - 1] as Mention, mentions[i] as Mention) > 0) return false;
  return true;
}

/** Up to this many mentions or aliases, an entity's list is scanned; past it, a set is kept beside the list. */
const FEW = 16;

const place = (m: Mention): string => `${m.start}|${m.end}|${m.field ?? ''}`;

/** The entity already has a mention at m's place (start, end, field); if not, m is taken as about to be pushed. */
function hasMention(e: Entity, m: Mention, sets: Map<Entity, Set<string>>): boolean {
  if (e.mentions.length <= FEW) return e.mentions.some((x) => x.start === m.start && x.end === m.end && x.field === m.field);
  let set = sets.get(e);
  if (!set) sets.set(e, (set = new Set(e.mentions.map(place))));
  if (set.has(place(m))) return true;
  set.add(place(m));
  return false;
}

/** The entity already has the alias; if not, it is taken as about to be pushed. */
function hasAlias(e: Entity, alias: string, sets: Map<Entity, Set<string>>): boolean {
  if (e.aliases.length <= FEW) return e.aliases.includes(alias);
  let set = sets.get(e);
  if (!set) sets.set(e, (set = new Set(e.aliases)));
  if (set.has(alias)) return true;
  set.add(alias);
  return false;
}

/**
 * Within an article, a person written later by the last part of a middle-dot name (门德斯 after 阿尔贝托·门德斯)
 * is the same person: the find takes the full name, the short form becomes an alias.
 */
export function resolveShortNames(found: readonly Found[]): readonly Found[] {
  let full: Map<string, string> | undefined; // made at the first middle-dot name: most articles have none
  for (const f of found) {
    if (f.type !== 'person' || !f.text.includes('·')) continue;
    const last = f.text.slice(f.text.lastIndexOf('·') + 1);
    full ??= new Map();
    if (last.length >= 2 && !full.has(last)) full.set(last, f.name ?? f.text);
  }
  // no short form to resolve: the list itself, not a copy
  if (!full || full.size === 0) return found;
  return found.map((f) => (f.type === 'person' && !f.name && full.has(f.text) ? { ...f, name: full.get(f.text) as string } : f));
}
