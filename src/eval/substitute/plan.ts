// The substitution plan of one input: which names and places of its golden output are replaced, and by what.
// A name is replaced only where the rewrite is exact: every mention of it is the name itself (or, for a dotted
// name, its last part), and every occurrence of it in the text lies in a mention of some entity (a name that
// also stands inside an ordinary word, 文明 in 文明城市, is kept: replacing it there would change the text's
// meaning, not test a rule). Others stay as they are.
import type { ArticleRecord, Entity } from '../../extract/record.js';
import { getLexicon } from '../../lexicon/lexicon.js';
import type { GazetteerEntry } from '../../lexicon/types.js';
import { drawForeignName, drawName } from './names.js';
import type { NameShape } from './name-shapes.js';
import type { Rng } from './rng.js';

export interface Substitution {
  /** the surface in the golden output (simplified) */
  from: string;
  to: string;
  /** other surfaces of the same thing in the original text (traditional forms) */
  originals: string[];
  what: 'person' | 'place';
  shape?: NameShape | 'foreign' | 'foreign-last' | string;
}

/** Place kinds replaced by a real division of the same kind, and the ending both must share. */
const PLACE_KINDS: Readonly<Record<string, readonly string[]>> = {
  county: ['县'], district: ['区'], city: ['市'], 'new-area': ['新区'], town: ['镇'], street: ['街道'], township: ['乡'],
  'county-city': ['市'],
};

let byKind: Map<string, GazetteerEntry[]> | undefined;

function divisionsOfKind(kind: string): GazetteerEntry[] {
  if (!byKind) {
    byKind = new Map();
    for (const e of getLexicon().gazetteer.entries) {
      const list = byKind.get(e.kind) ?? [];
      list.push(e);
      byKind.set(e.kind, list);
    }
  }
  return byKind.get(kind) ?? [];
}

/** Occurrences of a surface in the texts, also across a line break or letter-spacing. */
function occurrences(texts: readonly string[], surface: string): number {
  let n = 0;
  for (const t of texts) {
    const bare = t.replace(/[ \t\u3000\r\n]/g, '');
    for (let at = bare.indexOf(surface); at >= 0; at = bare.indexOf(surface, at + surface.length)) n++;
  }
  return n;
}

/** The traditional surfaces of an entity's mentions in its original text (where they differ from the name). */
function originalSurfaces(e: Entity, original: (m: { start: number; end: number; field?: 'title' }) => string): string[] {
  const out = new Set<string>();
  for (const m of e.mentions) {
    const s = original(m);
    if (s !== m.text && s.length === m.text.length && !/\s/.test(s)) out.add(s);
  }
  return [...out];
}

/**
 * A real division of the level a place's name ends with (县, 区, 市, 镇, 乡, 街道, 新区), for a place known only by its
 * name; null for other places (villages, parks).
 */
export function realPlaceLike(name: string, rng: Rng, fresh: (s: string) => boolean): string | null {
  const kind = Object.entries(PLACE_KINDS).filter(([, endings]) => endings.some((e) => name.endsWith(e)))
    .sort((a, b) => Math.max(...b[1].map((e) => e.length)) - Math.max(...a[1].map((e) => e.length)))[0]?.[0];
  if (!kind || name.length < 3) return null;
  const ending = (PLACE_KINDS[kind] as readonly string[]).find((e) => name.endsWith(e)) as string;
  const pool = divisionsOfKind(kind).filter((g) => g.name.endsWith(ending) && g.name.length >= 3);
  for (let tries = 0; tries < 20 && pool.length; tries++) {
    const g = rng.pick(pool);
    if (fresh(g.name) && (!g.short || fresh(g.short))) return g.name;
  }
  return null;
}

export interface PlanInput {
  records: readonly ArticleRecord[];
  /** the original text of a mention (its slice of the input, or of the title) */
  original(m: { start: number; end: number; field?: 'title' }): string;
  /** every text of the input (body, title): new surfaces must not occur in them */
  texts: readonly string[];
}

export function planSubstitutions(input: PlanInput, rng: Rng): Substitution[] {
  const entities = input.records.flatMap((r) => r.entities);
  const people = new Map<string, Entity[]>();
  for (const e of entities) if (e.type === 'person') people.set(e.name, [...(people.get(e.name) ?? []), e]);
  const used = new Set<string>();
  const fresh = (s: string): boolean => !used.has(s) && !input.texts.some((t) => t.includes(s)) &&
    ![...used].some((u) => u.includes(s) || s.includes(u));
  const mentionTexts = entities.flatMap((e) => e.mentions.map((m) => m.text));
  const clashes = (surface: string): boolean => occurrences(input.texts, surface) > mentionTexts.filter((t) => t.includes(surface)).length;
  const subs: Substitution[] = [];

  for (const [name, es] of people) {
    const dot = name.lastIndexOf('·');
    const last = dot > 0 ? name.slice(dot + 1) : null;
    const originals = es.flatMap((e) => originalSurfaces(e, input.original));
    const ok = es.every((e) => e.mentions.every((m) => m.text === name || m.text === last) &&
      e.aliases.every((a) => a === last || originals.includes(a)));
    if (!ok || clashes(name) || (last && clashes(last))) continue;
    for (let tries = 0; tries < 20; tries++) {
      if (last) {
        const f = drawForeignName(rng);
        if (!fresh(f.name) || !fresh(f.last)) continue;
        used.add(f.name);
        subs.push({ from: name, to: f.name, originals, what: 'person', shape: 'foreign' });
        subs.push({ from: last, to: f.last, originals: [], what: 'person', shape: 'foreign-last' });
        break;
      }
      const d = drawName(rng);
      if (!fresh(d.name)) continue;
      used.add(d.name);
      subs.push({ from: name, to: d.name, originals, what: 'person', shape: d.shape });
      break;
    }
  }

  const places = new Map<string, Entity[]>();
  for (const e of entities) if (e.type === 'place') places.set(e.name, [...(places.get(e.name) ?? []), e]);
  for (const [name, es] of places) {
    const kind = es[0]?.kind;
    const endings = kind ? PLACE_KINDS[kind] : undefined;
    if (!kind || !endings || !es.every((e) => e.kind === kind && e.aliases.length === 0 && e.mentions.every((m) => m.text === name))) continue;
    const ending = endings.find((x) => name.endsWith(x));
    if (!ending || clashes(name)) continue;
    const pool = divisionsOfKind(kind).filter((g) => g.name.endsWith(ending) && g.name.length >= 3);
    for (let tries = 0; tries < 20 && pool.length; tries++) {
      const g = rng.pick(pool);
      if (!fresh(g.name) || (g.short && !fresh(g.short))) continue;
      used.add(g.name);
      subs.push({ from: name, to: g.name, originals: es.flatMap((e) => originalSurfaces(e, input.original)), what: 'place', shape: kind });
      break;
    }
  }
  return subs;
}
