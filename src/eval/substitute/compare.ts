// Compares the extraction of a rewritten example with its rewritten golden output, field by field, and says
// where they differ in words a reader can act on. The content hash is left out (it hashes the new text), and a
// place found by the gazetteer instead of by its suffix is the same find (a fictional county replaced by a
// real one is in the gazetteer), and so is a person found by another person rule (a Tibetan or dotted name in
// the place of a Han name is found by its transliteration characters before its title is looked at): what must
// not change is that the person is found, with the same offsets.
import type { ArticleRecord, Entity } from '../../extract/record.js';

const SAME_RULE: Readonly<Record<string, string>> = { 'place.gazetteer': 'place.suffix' };

function sameRule(rule: string): string {
  return rule.startsWith('person.') ? 'person.*' : SAME_RULE[rule] ?? rule;
}

function entityKey(e: Entity): string {
  return `${e.type}:${e.name}`;
}

function canonicalEntity(e: Entity): unknown {
  return {
    ...e,
    aliases: [...e.aliases].sort(),
    mentions: e.mentions.map((m) => ({ ...m, rule: sameRule(m.rule) })).sort((a, b) => a.start - b.start),
  };
}

function show(v: unknown): string {
  const s = JSON.stringify(v);
  return s.length > 300 ? `${s.slice(0, 300)}…` : s;
}

/** The differences between two lists of records ([] when equal). */
export function diffRecords(actual: readonly ArticleRecord[], expected: readonly ArticleRecord[]): string[] {
  const out: string[] = [];
  if (actual.length !== expected.length) out.push(`records: ${actual.length} extracted, ${expected.length} expected`);
  for (let i = 0; i < Math.min(actual.length, expected.length); i++) {
    const a = actual[i] as ArticleRecord;
    const e = expected[i] as ArticleRecord;
    const where = e.id;
    for (const key of ['title', 'headlines', 'date', 'reporters', 'positions', 'recognitions', 'span'] as const) {
      if (JSON.stringify(a[key]) !== JSON.stringify(e[key])) out.push(...diffList(`${where} ${key}`, a[key], e[key]));
    }
    out.push(...diffMeetings(where, a.meetings, e.meetings));
    const ae = new Map(a.entities.map((x) => [entityKey(x), canonicalEntity(x)]));
    const ee = new Map(e.entities.map((x) => [entityKey(x), canonicalEntity(x)]));
    for (const [k, v] of ee) {
      const got = ae.get(k);
      if (!got) out.push(`${where} entity missing: ${show(v)}`);
      else if (JSON.stringify(got) !== JSON.stringify(v)) out.push(`${where} entity differs: got ${show(got)} expected ${show(v)}`);
    }
    for (const [k, v] of ae) if (!ee.has(k)) out.push(`${where} entity extra: ${show(v)}`);
  }
  return out;
}

function diffList(where: string, a: unknown, e: unknown): string[] {
  if (!Array.isArray(a) || !Array.isArray(e)) return [`${where}: got ${show(a)} expected ${show(e)}`];
  const out: string[] = [];
  const as = a.map((x) => JSON.stringify(x));
  const es = e.map((x) => JSON.stringify(x));
  for (const x of es) if (!as.includes(x)) out.push(`${where} missing: ${show(JSON.parse(x))}`);
  for (const x of as) if (!es.includes(x)) out.push(`${where} extra: ${show(JSON.parse(x))}`);
  if (out.length === 0) out.push(`${where}: same items, other order`);
  return out;
}

/** Meetings matched by name and start: their fields, then their attendees one by one. */
function diffMeetings(where: string, a: ArticleRecord['meetings'], e: ArticleRecord['meetings']): string[] {
  const key = (m: ArticleRecord['meetings'][number]): string => `${m.name}@${m.evidence.start}`;
  const am = new Map(a.map((m) => [key(m), m]));
  const out: string[] = [];
  for (const m of e) {
    const got = am.get(key(m));
    if (!got) { out.push(`${where} meeting missing: ${show({ ...m, attendees: m.attendees.length })}`); continue; }
    am.delete(key(m));
    const { attendees: ga, ...gf } = got;
    const { attendees: ea, ...ef } = m;
    if (JSON.stringify(gf) !== JSON.stringify(ef)) out.push(`${where} meeting ${m.name}: got ${show(gf)} expected ${show(ef)}`);
    if (JSON.stringify(ga) !== JSON.stringify(ea)) out.push(...diffList(`${where} ${m.name} attendees`, ga, ea));
  }
  for (const m of am.values()) out.push(`${where} meeting extra: ${show({ ...m, attendees: m.attendees.length })}`);
  return out;
}
