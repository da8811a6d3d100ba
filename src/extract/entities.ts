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
  const byKey = new Map<string, Entity>();
  // each entity's mention places and aliases so far, as sets (a list scanned per find is quadratic: a long
  // article names one person thousands of times)
  const seen = new Map<Entity, { places: Set<string>; aliases: Set<string> }>();
  const get = (type: Entity['type'], name: string, kind?: string): Entity => {
    const key = `${type}\u0000${name}`;
    let e = byKey.get(key);
    if (!e) {
      e = { type, name, aliases: [], mentions: [], ...(kind ? { kind } : {}) };
      byKey.set(key, e);
      seen.set(e, { places: new Set(), aliases: new Set() });
    }
    return e;
  };
  const place = (m: Mention): string => `${m.start}|${m.end}|${m.field ?? ''}`;
  for (const x of extra) {
    const e = get(x.type, x.name);
    e.mentions.push(x.mention);
    seen.get(e)?.places.add(place(x.mention));
  }
  for (const f of found) {
    const e = get(f.type, canonicalOf(f), f.kind);
    const have = seen.get(e) as { places: Set<string>; aliases: Set<string> };
    const at = locate(f.start, f.end);
    const m: Mention = { start: at.start, end: at.end, text: f.text, rule: f.rule, ...(at.field ? { field: at.field } : {}) };
    if (!have.places.has(place(m))) { e.mentions.push(m); have.places.add(place(m)); }
    if (f.text !== e.name && !have.aliases.has(f.text)) { e.aliases.push(f.text); have.aliases.add(f.text); }
  }
  for (const e of byKey.values()) e.mentions.sort((a, b) => (a.field ? 1 : 0) - (b.field ? 1 : 0) || a.start - b.start);
  return [...byKey.values()];
}

/**
 * Within an article, a person written later by the last part of a middle-dot name (门德斯 after 阿尔贝托·门德斯)
 * is the same person: the find takes the full name, the short form becomes an alias.
 */
export function resolveShortNames(found: readonly Found[]): Found[] {
  const full = new Map<string, string>();
  for (const f of found) {
    if (f.type !== 'person' || !f.text.includes('·')) continue;
    const last = f.text.slice(f.text.lastIndexOf('·') + 1);
    if (last.length >= 2 && !full.has(last)) full.set(last, f.name ?? f.text);
  }
  if (full.size === 0) return [...found];
  return found.map((f) => (f.type === 'person' && !f.name && full.has(f.text) ? { ...f, name: full.get(f.text) as string } : f));
}
