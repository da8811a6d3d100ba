// person.dotted: a name written with a middle dot (阿依努尔·吐尔逊, 让－某某·某某) is one name, dots and all, even
// when a part holds characters that are no transliteration characters (卢蒲, 葛鲁夫): the dots fix the inner parts;
// the first part reaches left to a title, role noun, place, function character or punctuation, and the last part
// reaches right to a person verb, a cue (在, 的, 先生 …), a function character, a word jieba reads as ordinary
// (今天, 设计) or a non-Han character; each outer part is at most MAX_PART characters.
import type { Found, Sentence, Token } from '../types.js';
import type { Knowledge } from './knowledge.js';
import type { Cues } from './person-cues.js';
import { isHan } from './person-score.js';
import { tokenIndexAt } from './name-extent.js';
import { charTable, hasCharAt } from './char-table.js';

export const DOTS = new Set(['·', '•', '・', '．']);
const DOTS_BY_UNIT = charTable(DOTS);
const MAX_PART = 6;
/** characters that never continue a dotted name on its outer edges (function words, time words, 人 of 美国人) */
const STOP = new Set([...'在的是了说将对向为和与及均都也还又就已曾今昨明等于以被把从并如人称由据同叫名官著译任站编一两二三四五六七八九十几每受请让派经']);
const NAME_TAGS = new Set(['nr', 'nrt', 'nrfg', 'x', 'nz']);
/** last characters of estates, buildings and parks (某某·某园, 某·某宫): such a name is no person */
const BUILDING_END = new Set([...'园苑宫府城庭居阁轩墅舍楼厦湾谷']);
/** jieba tags of an ordinary word of two or more characters that starts after (or ends before) a name */
const WORD_TAGS = new Set(['n', 'v', 'vn', 't', 'd', 'a', 'ad', 'c', 'p', 'r', 'f', 'q', 'l', 'i', 'z', 'nt', 'uj']);
/** a place suffix right after the last part makes the whole a place (某·某某库镇) */
const PLACE_AFTER = new Set([...'镇县市村省州区街路港岛湾河山']);

export function dottedInSentence(text: string, s: Sentence, k: Knowledge, cues: Cues): Found[] {
  const out: Found[] = [];
  let i = s.start;
  while (i < s.end) {
    if (!hasCharAt(DOTS_BY_UNIT, text, i) || !isHan(text[i - 1] ?? '') || !isHan(text[i + 1] ?? '')) { i++; continue; }
    // inner parts: dot-separated Han runs
    let last = i;
    let e = i + 1;
    for (;;) {
      let j = e;
      while (j < s.end && isHan(text[j] as string) && !DOTS.has(text[j] as string)) j++;
      if (j < s.end && DOTS.has(text[j] as string) && isHan(text[j + 1] ?? '') && j - e <= MAX_PART) { last = j; e = j + 1; continue; }
      break;
    }
    const dotStart = i;
    const start = leftEdge(text, s, k, cues, i);
    const end = rightEdge(text, s, k, cues, last + 1);
    i = Math.max(end, last + 1);
    if (start === dotStart || end === last + 1) continue;
    if (PLACE_AFTER.has(text[end] ?? '') || BUILDING_END.has(text[end - 1] as string)) continue;
    // mostly transliteration characters: a dot between two Chinese words (画展·当代) is a separator
    let translit = 0;
    for (let j = start; j < end; j++) if (k.translit.has(text[j] as string)) translit++;
    if (translit * 3 < end - start - 1) continue;
    const place = k.places.longestMatchAt(text, start, end);
    if (place && place.end === end) continue;
    out.push({ type: 'person', start, end, text: text.slice(start, end), rule: 'person.dotted' });
  }
  return out;
}

function leftEdge(text: string, s: Sentence, k: Knowledge, cues: Cues, dot: number): number {
  // jieba's tokens leftwards: the token touching the dot, then names and unknown words of transliteration
  // characters (not 逼退/x) while they fit
  let p = dot;
  for (let i = tokenIndexAt(s.tokens, dot - 1); i >= 0; i--) {
    const t = s.tokens[i] as Token;
    const touching = t.end === dot;
    if (t.start < s.start || (touching ? stopsBeforeWord(text, s, k, cues, t.end) : stopsBefore(text, s, k, cues, t.end))) break;
    if (!touching && t.word.length > 1 && (!NAME_TAGS.has(t.tag) || (t.tag === 'x' && ![...t.word].every((c) => k.translit.has(c))))) break;
    let q = t.end;
    while (q > t.start && isHan(text[q - 1] as string) && !STOP.has(text[q - 1] as string) && dot - q < MAX_PART) q--;
    p = q;
    // a token glued to a stop character (的阿, 人托) or longer than the room left gives only its tail
    if (q > t.start) break;
  }
  return p;
}

/** a title, role noun or ordinary word ends at `at` */
function stopsBeforeWord(text: string, s: Sentence, k: Knowledge, cues: Cues, at: number): boolean {
  if (k.titlesBack.longestSuffixEndingAt(text, at, s.start)) return true;
  if ((cues.before.longestSuffixEndingAt(text, at, s.start)?.value ?? 0) >= 1) return true;
  const t = s.tokens[tokenIndexAt(s.tokens, at - 1)] as Token | undefined;
  return !!t && t.end === at && t.word.length >= 2 && WORD_TAGS.has(t.tag);
}

/** a title, role noun, place or ordinary word ends at `at`: the name starts there */
function stopsBefore(text: string, s: Sentence, k: Knowledge, cues: Cues, at: number): boolean {
  if (k.titlesBack.longestSuffixEndingAt(text, at, s.start)) return true;
  if ((cues.before.longestSuffixEndingAt(text, at, s.start)?.value ?? 0) >= 1) return true;
  const t = s.tokens[tokenIndexAt(s.tokens, at - 1)] as Token | undefined;
  if (t && t.end === at && t.word.length >= 2 && (WORD_TAGS.has(t.tag) || (t.tag === 'ns' && k.places.has(t.word)))) return true;
  return false;
}

function rightEdge(text: string, s: Sentence, k: Knowledge, cues: Cues, from: number): number {
  let p = from;
  while (p < s.end && p - from < MAX_PART) {
    const ch = text[p] as string;
    if (!isHan(ch) || DOTS.has(ch)) break;
    // (阿不 of Uyghur names, 阿不力孜, 阿不都热合曼: 不 there is a syllable, not the negation jieba reads in 不力/n, and
    // the syllable after it is the name's too, 都 included)
    const abu = (ch === '不' && text[p - 1] === '阿') || (text[p - 1] === '不' && text[p - 2] === '阿');
    if (p > from && !abu && (STOP.has(ch) || stopsAfter(text, s, k, cues, p))) break;
    p++;
  }
  return p;
}

/** a person verb, a cue or an ordinary word starts at `at`: the name ends there */
function stopsAfter(text: string, s: Sentence, k: Knowledge, cues: Cues, at: number): boolean {
  if (k.verbsAfter.longestMatchAt(text, at, s.end)) return true;
  if ((cues.after.longestMatchAt(text, at, s.end)?.value ?? 0) > 0) return true;
  if (k.titles.longestMatchAt(text, at, s.end)) return true;
  const t = s.tokens[tokenIndexAt(s.tokens, at)] as Token | undefined;
  if (!t || t.start !== at || t.word.length < 2 || !WORD_TAGS.has(t.tag)) return false;
  // jieba glues a name's last character to a function character after it (阿马特在 → 特在/d), or to a person verb's
  // first character (艾力率队 → 力率/n 队): not a word here
  // a word of transliteration characters that runs on into another (热合/v + 曼: 阿不都热合曼) is the name's syllables
  if ([...t.word].every((c) => k.translit.has(c)) && k.translit.has(text[t.end] ?? '')) return false;
  const glued = t.word.length === 2 && k.translit.has(t.word[0] as string);
  return !(glued && (STOP.has(t.word[1] as string) || k.verbsAfter.longestMatchAt(text, at + 1, s.end) !== null));
}
