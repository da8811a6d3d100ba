// place.abbreviation: one-character abbreviations of countries and Chinese provinces where they stand for
// the place: a jieba word made only of abbreviations (中美, 京津, 中日韩 → one place per character),
// X方 (中方, 美方: the side of a country) and a verb glued to 华/京 … (访华, 在京, 抗日).
import type { Found, Sentence, Token } from '../types.js';
import { loadTsv } from '../../lexicon/load-tsv.js';
import type { Knowledge } from './knowledge.js';

/** One-character verbs and prepositions that glue to an abbreviation in a single word (访华, 抵京, 抗日). */
const GLUE = new Set(['访', '来', '在', '驻', '赴', '抵', '进', '离', '返', '抗', '侵', '对', '援', '旅', '留', '使', '出', '入', '回', '反', '亲', '知', '友']);

/** Abbreviations that end ordinary two-character words after those verbs (对比, 加以, 反以, 出新): no place. */
const COMMON_SECOND = new Set(['比', '以', '加', '意', '新', '西', '南', '北', '东', '中', '川']);

let abbreviations: Map<string, string> | undefined;

/** abbreviation → place name: countries.tsv's one-character short forms and place-abbreviations.tsv. */
export function abbreviationTable(k: Knowledge): Map<string, string> {
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
  s.tokens.forEach((t, n) => {
    const w = t.word;
    const pair = RUN_TAGS.has(t.tag) ? pairHead(w, table) : 0;
    if (pair > 0 && !k.places.has(w)) {
      for (let i = t.start; i < t.start + pair; i++) add(i);
      return;
    }
    // 中/f 俄/j 两国: one-character tokens in a row, closed by a word about the two sides
    if (w.length === 1 && table.has(w) && (n === 0 || (s.tokens[n - 1] as Token).word.length !== 1 || !table.has((s.tokens[n - 1] as Token).word))) {
      let e = n;
      while (e + 1 < s.tokens.length && (s.tokens[e + 1] as Token).word.length === 1 && table.has((s.tokens[e + 1] as Token).word)) e++;
      const next = s.tokens[e + 1];
      if (e > n && next && SIDES.some((x) => next.word.startsWith(x))) for (let i = n; i <= e; i++) add((s.tokens[i] as Token).start);
      else if (e === n && (t.tag === 'ns' || t.tag === 'j') && GLUE.has(text[t.start - 1] ?? '')) add(t.start); // 在/p 京/ns
      return;
    }
    if (w.length < 2 || w.length > 4 || k.places.has(w)) return;
    if (w.length === 2 && w[1] === '方' && table.has(w[0] as string)) {
      add(t.start);
    } else if (w.length === 2 && GLUE.has(w[0] as string) && table.has(w[1] as string) && !COMMON_SECOND.has(w[1] as string)) {
      add(t.start + 1);
    }
  });
  return out;
}

/** Words after a run of abbreviations that say they are the sides of a relation (中美关系, 中俄两国). */
const SIDES = ['关系', '两国', '三国', '双方', '双边', '友好', '合作', '合资', '贸易', '边境', '建交', '会谈', '联合', '首脑', '峰会', '战略', '外长', '人民'];

/**
 * How many leading characters of a word are country/province abbreviations standing for places: the whole
 * word (中美, 京津) when it is only abbreviations, or 2–3 of them glued to a relation word (美中关系 → 2); else 0.
 */
function pairHead(w: string, table: ReadonlyMap<string, string>): number {
  if (w.length < 2 || w.length > 6) return 0;
  if (w.length <= 4 && [...w].every((ch) => table.has(ch))) return w.length;
  for (let n = 2; n <= 3 && n < w.length; n++) {
    if (![...w.slice(0, n)].every((ch) => table.has(ch))) return 0;
    if (SIDES.includes(w.slice(n))) return n;
  }
  return 0;
}

/** Tags of a word of abbreviations jieba read as a name (中美/ns, 中印/nt, 中坦/x), not as a verb (加以/v). */
const RUN_TAGS = new Set(['ns', 'nt', 'nz', 'j', 'x']);

/** The token is abbreviations (and a relation word) read as places one by one (中美, 美中关系): no place or body of its own. */
export function isAbbreviationRun(t: Token, k: Knowledge): boolean {
  return RUN_TAGS.has(t.tag) && !k.places.has(t.word) && pairHead(t.word, abbreviationTable(k)) > 0;
}
