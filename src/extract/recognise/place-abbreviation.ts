// place.abbreviation: one-character abbreviations of countries and Chinese provinces where they stand for
// the place: a jieba word made only of abbreviations (中美, 京津, 中日韩 → one place per character),
// X方 (中方, 美方: the side of a country) and a verb glued to 华/京 … (访华, 在京, 抗日).
import type { Found, Sentence } from '../types.js';
import { loadTsv } from '../../lexicon/load-tsv.js';
import type { Knowledge } from './knowledge.js';

/** One-character verbs and prepositions that glue to an abbreviation in a single word (访华, 抵京, 抗日). */
const GLUE = new Set(['访', '来', '在', '驻', '赴', '抵', '进', '离', '返', '抗', '侵', '对', '援', '旅', '留', '使', '出', '入', '回', '反', '亲', '知', '友']);

let abbreviations: Map<string, string> | undefined;

/** abbreviation → place name: countries.tsv's one-character short forms and place-abbreviations.tsv. */
function abbreviationTable(k: Knowledge): Map<string, string> {
  if (abbreviations) return abbreviations;
  const out = new Map<string, string>();
  for (const r of loadTsv('place-abbreviations.tsv', { columns: ['abbr', 'name'] })) out.set(r.abbr, r.name);
  for (const c of k.lexicon.countries.entries) if (c.short.length === 1 && c.kind === 'country') out.set(c.short, c.canonical || c.name);
  abbreviations = out;
  return out;
}

export function placeAbbreviations(text: string, s: Sentence, k: Knowledge): Found[] {
  const table = abbreviationTable(k);
  const out: Found[] = [];
  const add = (at: number): void => {
    const ch = text[at] as string;
    out.push({ type: 'place', start: at, end: at + 1, text: ch, rule: 'place.abbreviation', name: table.get(ch) as string });
  };
  for (const t of s.tokens) {
    const w = t.word;
    if (w.length < 2 || w.length > 4 || k.places.has(w)) continue;
    if ([...w].every((ch) => table.has(ch))) {
      for (let i = t.start; i < t.end; i++) add(i);
    } else if (w.length === 2 && w[1] === '方' && table.has(w[0] as string)) {
      add(t.start);
    } else if (w.length === 2 && GLUE.has(w[0] as string) && table.has(w[1] as string)) {
      add(t.start + 1);
    }
  }
  return out;
}
