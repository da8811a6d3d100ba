// Whether a word jieba's dictionary tags ns is a place where it stands. The tag also covers ordinary words
// (太多, 沧桑, 赞美, 科教兴国) and common nouns of landscape (大山, 海湾, 湖泊), so the word is kept only when its
// shape says place (a proper head + a geographic end: 狼牙山, 漓江, 西奈半岛; a place abbreviation + a
// direction: 陕北, 华东; a transliteration with a place ending: 南达科他州) or the words around it do
// (在/前往/位于 before it, 境内/一带/沿岸 after it). dictionaries/place-shape.tsv holds the pieces.
import { loadTsv } from '../../lexicon/load-tsv.js';
import type { Knowledge } from './knowledge.js';

export interface PlaceShape {
  ends: ReadonlySet<string>;
  genericHeads: ReadonlySet<string>;
  directions: ReadonlySet<string>;
  translitEnds: ReadonlySet<string>;
  before: readonly string[];
  after: readonly string[];
  /** words before a level that make a kind of place, not a name (贫困村, 重点镇) */
  genericStems: ReadonlySet<string>;
}

let shape: PlaceShape | undefined;

export function placeShape(): PlaceShape {
  if (shape) return shape;
  const rows = loadTsv('place-shape.tsv', { columns: ['piece', 'role'], key: ['piece', 'role'] });
  const of = (role: string): string[] => rows.filter((r) => r.role === role).map((r) => r.piece);
  // longest first, so that the longest cue decides
  const byLength = (a: string, b: string): number => b.length - a.length;
  shape = {
    ends: new Set(of('end')),
    genericHeads: new Set(of('generic-head')),
    directions: new Set(of('direction')),
    translitEnds: new Set(of('translit-end')),
    before: of('before').sort(byLength),
    after: of('after').sort(byLength),
    genericStems: new Set(of('generic-stem')),
  };
  return shape;
}

/** The word has the shape of a place name on its own. */
export function looksLikePlace(word: string, k: Knowledge, abbreviations: ReadonlyMap<string, string>): boolean {
  const s = placeShape();
  const chars = [...word];
  // four-character idioms repeat a character (人山人海, 一心一意): never a name
  if (chars.length === 4 && (chars[0] === chars[2] || chars[1] === chars[3])) return false;
  // a place abbreviation (陕, 鲁, 华) or a direction, then a direction: a region (陕北, 鲁西南, 东北)
  const head = chars[0] as string;
  const rest = word.slice(1);
  if ((abbreviations.has(head) || s.directions.has(head)) && s.directions.has(rest)) return true;
  // a transliteration (扎加洛, 埃尔南德斯 are people as often as places) needs a place ending
  if (chars.length >= 3 && chars.every((ch) => k.translit.has(ch))) return endsWithAny(word, s.translitEnds);
  for (let n = Math.min(3, word.length - 1); n >= 1; n--) {
    if (!s.ends.has(word.slice(-n))) continue;
    const stem = word.slice(0, -n);
    // a common noun of landscape: one generic character + the end (大山, 海湾, 新桥, 山村)
    if ([...stem].length === 1 && s.genericHeads.has(stem)) return false;
    return true;
  }
  return false;
}

/** The words before or after [start, end) say a place stands there (在延边, 长白山一带). */
export function placeContext(text: string, start: number, end: number, lineStart: number, lineEnd: number): boolean {
  const s = placeShape();
  return s.before.some((w) => start - w.length >= lineStart && text.startsWith(w, start - w.length)) ||
    s.after.some((w) => end + w.length <= lineEnd && text.startsWith(w, end));
}

function endsWithAny(word: string, ends: ReadonlySet<string>): boolean {
  for (let n = 1; n <= 3 && n < word.length; n++) if (ends.has(word.slice(-n))) return true;
  return false;
}
