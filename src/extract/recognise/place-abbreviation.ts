// place.abbreviation: one-character abbreviations of countries and Chinese provinces where they stand for
// the place: a jieba word made only of abbreviations (中美, 京津, 中日韩 → one place per character),
// X方 (中方, 美方: the side of a country) and a verb glued to 华/京 … (访华, 在京, 抗日).
import type { Found, Sentence, Token } from '../types.js';
import { loadTsv } from '../../lexicon/load-tsv.js';
import type { Knowledge } from './knowledge.js';
import { tokenEndingAt, tokenStartingAt } from '../tokens.js';
import { Trie } from '../../lexicon/trie.js';
import { charTable, hasCharAt } from './char-table.js';
import { indexWithin } from '../text-search.js';

/** One-character verbs and prepositions that glue to an abbreviation in a single word (访华, 抵京, 抗日). */
const GLUE = new Set(['访', '来', '在', '驻', '赴', '抵', '进', '离', '返', '抗', '侵', '对', '援', '旅', '留', '使', '出', '入', '回', '反', '亲', '知', '友']);
const GLUE_UNITS = charTable(GLUE);

/** Abbreviations that end ordinary two-character words after those verbs (对比, 加以, 反以, 出新): no place. */
const COMMON_SECOND = new Set(['比', '以', '加', '意', '新', '西', '南', '北', '东', '中', '川']);

let abbreviations: Map<string, string> | undefined;
let abbreviationUnits: Uint8Array | undefined;

/** abbreviation → place name: countries.tsv's one-character short forms and place-abbreviations.tsv. */
export function abbreviationTable(k: Knowledge): Map<string, string> {
  if (abbreviations) return abbreviations;
  const out = new Map<string, string>();
  for (const r of loadTsv('place-abbreviations.tsv', { columns: ['abbr', 'name'] })) out.set(r.abbr, r.name);
  for (const c of k.lexicon.countries.entries) if (c.short.length === 1 && c.kind === 'country') out.set(c.short, c.canonical || c.name);
  abbreviations = out;
  abbreviationUnits = charTable(out.keys());
  return out;
}

export function placeAbbreviations(text: string, s: Sentence, k: Knowledge): Found[] {
  const table = abbreviationTable(k);
  // the table's one-character keys by code unit: tests of a token's first character without making a string
  const units = abbreviationUnits as Uint8Array;
  const out: Found[] = [];
  const add = (at: number): void => {
    const ch = text[at] as string;
    out.push({ type: 'place', start: at, end: at + 1, text: ch, rule: 'place.abbreviation', name: table.get(ch) as string });
  };
  out.push(...abbreviationList(text, s, table), ...abbreviationWords(text, s, table));
  s.tokens.forEach((t, n) => {
    const w = t.word;
    const nextWord = s.tokens[n + 1];
    // a run jieba tagged otherwise (中日/t, 中意/n) or that is itself a place (中非) is the sides when a word about
    // the sides follows (中日友好, 中非合作, 中葡双方)
    const sides = hasCharAt(units, w, 0) && nextWord !== undefined && startsSides(nextWord.word);
    const pair = RUN_TAGS.has(t.tag) || sides ? pairHead(w, table) : 0;
    if (pair > 0 && (!k.places.has(w) || sides)) {
      for (let i = t.start; i < t.start + pair; i++) add(i);
      return;
    }
    // 中/f 俄/j 两国: one-character tokens in a row, closed by a word about the two sides
    if (w.length === 1 && hasCharAt(units, w, 0) && (n === 0 || (s.tokens[n - 1] as Token).word.length !== 1 || !table.has((s.tokens[n - 1] as Token).word))) {
      let e = n;
      while (e + 1 < s.tokens.length && (s.tokens[e + 1] as Token).word.length === 1 && table.has((s.tokens[e + 1] as Token).word)) e++;
      const next = s.tokens[e + 1];
      if (e > n && next && SIDES.some((x) => next.word.startsWith(x))) for (let i = n; i <= e; i++) add((s.tokens[i] as Token).start);
      else if (e === n && (t.tag === 'ns' || t.tag === 'j') && GLUE.has(text[t.start - 1] ?? '')) add(t.start); // 在/p 京/ns
      else if (e === n && (t.tag === 'ns' || t.tag === 'j') && next && standsAlone(k, text, next)) add(t.start); // 俄/j 总理
      return;
    }
    // X方 is a country's side (中方, 美方) even where a county is called so for short (中方县)
    if (w.length === 2 && w[1] === '方' && table.has(w[0] as string) && !DIRECTIONS.has(w[0] as string) && k.places.longestMatchAt(w, 0)?.value.short !== false) {
      add(t.start);
      return;
    }
    if (w.length < 2 || w.length > 4) return;
    // 俄总统/n, 美总统: a country abbreviation glued to a title or a word about the country
    const head = w.length >= 3 && hasCharAt(units, w, 0) && !DIRECTIONS.has(w[0] as string);
    // 访华, 抵京: a verb or preposition glued to the abbreviation after it
    const glued = w.length === 2 && hasCharAt(GLUE_UNITS, w, 0) && table.has(w[1] as string) && !COMMON_SECOND.has(w[1] as string);
    // (a word that is itself a place is neither; asked last: most tokens are no candidate at all)
    if ((!head && !glued) || k.places.has(w)) return;
    if (head && (k.titles.has(w.slice(1)) || ALONE_BEFORE.includes(w.slice(1)))) {
      add(t.start);
      return;
    }
    if (glued) add(t.start + 1);
  });
  return out;
}

/** Words after a run of abbreviations that say they are the sides of a relation (中美关系, 中俄两国). */
/** Directions that are also abbreviations (西: Spain; 南: South Africa …): 西方 is the West, not Spain's side. */
const DIRECTIONS = new Set(['东', '西', '南', '北']);

const SIDES = ['高层', '和约', '首脑会晤', '关系', '两国', '三国', '四国', '双方', '双边', '友好', '合作', '合资', '贸易', '边境', '边界', '建交', '会谈', '和谈', '谈判', '联合', '首脑', '峰会', '战略', '外长', '人民', '同胞', '新型', '市场'];
/** SIDES' first characters: most words start none */
const SIDES_FIRST = charTable(SIDES.map((x) => x[0] as string));

/** The word starts with a word of SIDES. */
function startsSides(word: string): boolean {
  return hasCharAt(SIDES_FIRST, word, 0) && SIDES.some((x) => word.startsWith(x));
}

/**
 * How many leading characters of a word are country/province abbreviations standing for places: the whole
 * word (中美, 京津) when it is only abbreviations, or 2–3 of them glued to a relation word (美中关系 → 2); else 0.
 */
function pairHead(w: string, table: ReadonlyMap<string, string>): number {
  if (w.length < 2 || w.length > 6) return 0;
  // every reading needs the first character in the table (a surrogate pair is left to the full test)
  const first = w.charCodeAt(0);
  if (table === abbreviations && !(abbreviationUnits as Uint8Array)[first] && !(first >= 0xd800 && first <= 0xdbff)) return 0;
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

/** Words after a lone abbreviation token that make it the country (俄总理, 澳的债务, 柬司法大臣). */
const ALONE_BEFORE = ['的', '经济', '政府', '军队', '外交', '国内', '方面', '境内', '当局', '议会', '人民', '领导人', '官员', '军方', '警方', '司法', '首都'];

function standsAlone(k: Knowledge, text: string, next: Token): boolean {
  return ALONE_BEFORE.some((w) => text.startsWith(w, next.start)) || k.titles.longestMatchAt(text, next.start, next.start + 6) !== null;
}

/**
 * Abbreviations listed with 、 (赣、粤、闽、湘; 中、英、德、法 …): each item one character of the table, each a
 * one-character token (the first may close a token jieba glued: 了中). Three items or more; two when a word
 * about the sides follows (美、卢两国).
 */
function abbreviationList(text: string, s: Sentence, table: ReadonlyMap<string, string>): Found[] {
  const out: Found[] = [];
  const single = (at: number): boolean => {
    const n = tokenStartingAt(s, at);
    return n >= 0 && (s.tokens[n] as Token).end === at + 1;
  };
  let i = s.start;
  while (i < s.end) {
    // only where 、 follows a character: jump from one 、 to the next
    const mark = indexWithin(text, '、', i + 1, s.end);
    if (mark < 0) break;
    i = mark - 1;
    if (!(table.has(text[i] as string) && tokenEndingAt(s, i + 1) >= 0)) { i = mark; continue; }
    const items = [i];
    let j = i + 2;
    while (j < s.end && table.has(text[j] as string) && single(j)) {
      items.push(j);
      if (text[j + 1] !== '、') break;
      j += 2;
    }
    const last = items[items.length - 1] as number;
    const closed = items.length >= 2 && text[last + 1] !== '、';
    const sides = SIDES.some((w) => text.startsWith(w, last + 1));
    if (closed && (items.length >= 3 || sides)) {
      for (const at of items) out.push({ type: 'place', start: at, end: at + 1, text: text[at] as string, rule: 'place.abbreviation', name: table.get(text[at] as string) as string });
    }
    i = last + 1;
  }
  return out;
}

let words: Trie<string> | undefined;

/** dictionaries/abbreviation-words.tsv: word → the abbreviation character(s) that stand for places in it. */
function abbreviationWordTrie(): Trie<string> {
  words ??= new Trie(loadTsv('abbreviation-words.tsv', { columns: ['word', 'abbr'] }).map((r) => [r.word, r.abbr] as const));
  return words;
}

/**
 * Words such as 亚运会, 京剧, 抗日: the abbreviation in them is a place. Two-character words count only on a
 * jieba word boundary (美网 inside 完美网络 is none); longer ones wherever they stand (中国京剧, 抗日战争).
 */
function abbreviationWords(text: string, s: Sentence, table: ReadonlyMap<string, string>): Found[] {
  const trie = abbreviationWordTrie();
  const out: Found[] = [];
  for (let i = trie.nextStart(text, s.start, s.end); i < s.end; i = trie.nextStart(text, i + 1, s.end)) {
    const m = trie.longestMatchAt(text, i, s.end);
    if (!m || (m.end - i < 3 && tokenStartingAt(s, i) < 0)) continue;
    for (let j = i; j < m.end; j++) {
      const ch = text[j] as string;
      if (m.value.includes(ch) && table.has(ch)) out.push({ type: 'place', start: j, end: j + 1, text: ch, rule: 'place.abbreviation', name: table.get(ch) as string });
    }
    i = m.end - 1;
  }
  return out;
}
