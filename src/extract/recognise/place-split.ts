// Unknown counties, districts and towns whose name jieba cut apart (place.suffix): a two-character name + its level, read as
// one character + a place word ending in the level (雉/山县, 鸣/沙区, 绛/北县), or as two characters + the level alone
// (岗/则/县). Real divisions are in the gazetteer; these are the ones it does not know, named the commonest way.
import type { Found, Sentence, Token } from '../types.js';
import type { Knowledge } from './knowledge.js';
import { loadTsv } from '../../lexicon/load-tsv.js';
import { abbreviationTable } from './place-abbreviation.js';
import { memoOnSentence } from './memo-on.js';
import { tagSet } from './tag-groups.js';
import { regionBodyAt, regionTitle } from '../region-title.js';

let stopwords: Set<string> | undefined;
/** dictionaries/place-stopwords.tsv: common words jieba tags as places (上市, 山区). */
export function placeStopwords(): ReadonlySet<string> {
  stopwords ??= new Set(loadTsv('place-stopwords.tsv', { columns: ['word'] }).map((r) => r.word));
  return stopwords;
}

/** Levels that end such a name when jieba glued them to the name's second character. */
const GLUED_LEVELS = new Set([...'县区市旗']);
/** …and levels of towns, only in an unknown word after a bound character (溆/g 东镇/x; 镇乡, 古镇, 湘乡 are words). */
const GLUED_TOWN_LEVELS = new Set([...'镇乡']);
/** Levels that stand alone after the name's two characters (市 and 区 alone are too often 上市, 城区, 辖区). */
const ALONE_LEVELS = new Set([...'县旗']);
/** Tags of a one-character token that is no part of a name: pronouns, prepositions, conjunctions, particles,
 * numerals, measure words, localisers (a Chinese character jieba tags x is one it does not know: a name's). */
const NOT_NAME_TAGS = tagSet('pronoun', 'preposition', 'conjunction', 'particle', 'numeral', 'measure', 'locative', 'interjection', 'onomatopoeia');
/** Characters that begin phrases about counties, not names (全县, 各县, 本县, 外县, 邻县, 每县, 市县). */
const NOT_FIRST = new Set([...'全各本该此外邻每其我贵省市县区乡镇村地州两几诸']);

function nameChar(t: Token | undefined): boolean {
  if (t === undefined || t.word.length !== 1) return false;
  const code = t.word.charCodeAt(0);
  return code >= 0x4e00 && code <= 0x9fff && !NOT_NAME_TAGS.has(t.tag);
}

/** The places found in each sentence: organization.ts and place.ts both ask. */
export const splitPlaceNames: (text: string, s: Sentence, k: Knowledge) => Found[] = memoOnSentence(splitIn);

function splitIn(text: string, s: Sentence, k: Knowledge): Found[] {
  const stop = placeStopwords();
  const out: Found[] = [];
  const t = s.tokens;
  for (let n = 0; n < t.length; n++) {
    const first = t[n] as Token;
    const next = t[n + 1];
    // (a pronoun's character before a bound one is a name's first: 那/r 岜/g 县 — 那坡, 那岜 are Zhuang names — where
    // 那 as "that" would stand right before the level)
    if (!(nameChar(first) || (first.tag === 'r' && first.word.length === 1 && next !== undefined && BOUND_TAGS.has(next.tag))) || NOT_FIRST.has(first.word)) continue;
    const third = t[n + 2];
    let end = -1;
    // a first character that is no word alone: a morpheme or one jieba does not know (溆/g, 峄/g, 崧/zg), or a place
    // character that abbreviates no province or country (岫/ns)
    // — or one that does, glued to a county's name (青/ns 岚县/ns, 晋/nr 兴县/ns: a province's short form never stands
    // so before a county, 青 + 岚县 is a county's name of two characters)
    const bound = first.tag === 'g' || first.tag === 'zg' || first.tag === 'x' || (first.tag === 'ns' && (!abbreviationTable(k).has(first.word) || beforeCounty(next)))
      || (first.tag === 'nr' && abbreviationTable(k).has(first.word) && beforeCounty(next));
    // 州 + level is a city's name end whatever jieba tags it (澄/州市: 州市 is a noun to jieba); after a bound first
    // character, so is any unknown word of a character and a level (峄/g 川县/x)
    const glued = next && next.word.length === 2 && ((GLUED_LEVELS.has(next.word[1] as string) &&
      (next.tag === 'ns' || next.word[0] === '州' || (next.tag === 'x' && bound))) || (GLUED_TOWN_LEVELS.has(next.word[1] as string) && next.tag === 'x' && bound));
    if (glued && !stop.has(next.word)) end = next.end;
    else if (nameChar(next) && third && third.word.length === 1 && ALONE_LEVELS.has(third.word)) end = third.end;
    // a town's level alone is one before the town's own post or body, which begins with the level again (青/ns 禾/n
    // 镇/n + 镇长, 乡/n + 乡党委)
    else if (nameChar(next) && third && third.word.length === 1 && GLUED_TOWN_LEVELS.has(third.word) && text.startsWith(third.word, third.end)) end = third.end;
    // …or the level glued to the body or post written after the name, one of the two characters bound (松/v 岙/g
    // 县委书记/n, 鸣/g 沙/n 区长/n): a name of two characters and that level
    else if (nameChar(next) && !LEVEL_CHARS.has((next as Token).word) && (bound || BOUND_TAGS.has((next as Token).tag)) && third && third.word.length >= 2 && LEVELS_BEFORE_BODIES.has(third.word[0] as string) && regionWordAt(third.word)) end = third.start + 1;
    if (end < 0) continue;
    const name = text.slice(first.start, end);
    // a known place after a prefix (原|眉县) is that place; a known name is the gazetteer's
    // — unless the character before is bound to it (溆/g 东区, 岫/ns 宁县)
    // (a name's character jieba tags so, 尔/nr + 吉县/ns, is no prefix: 尔吉县 is a county of its own)
    if (k.places.has(name) || (!bound && !first.tag.startsWith('nr') && isFullPlace(k, text.slice(first.end, end)))) continue;
    out.push({ type: 'place', start: first.start, end, text: name, rule: 'place.suffix', kind: kindOf(k, text[end - 1] as string) });
  }
  return out;
}

/** Tags of a character jieba does not know as a word of its own: a morpheme, or none it knows. */
const BOUND_TAGS = new Set(['g', 'zg', 'x']);
/** Levels of divisions: a name's second character is none of them (北/坪/省 + 市长 is a province, then a city's post). */
const LEVEL_CHARS = new Set([...'省市县区旗州盟镇乡村']);
/** Levels a division's body or post begins with (县委, 区长, 旗人民政府, 镇党委). */
const LEVELS_BEFORE_BODIES = new Set([...'县区市旗镇乡']);

/** The word is a level and a body or post of it (县委书记, 县委, 区长, 旗人民政府, 镇党委). */
function regionWordAt(word: string): boolean {
  return regionBodyAt(word, 0) !== null || regionTitle(word) !== null || (word.length > 2 && regionTitle(word.slice(0, 2)) !== null);
}

/** A county's or banner's name of two characters, one token (岚县/ns, 兴县/ns). */
function beforeCounty(next: Token | undefined): boolean {
  return next !== undefined && next.tag === 'ns' && next.word.length === 2 && (next.word[1] === '县' || next.word[1] === '旗');
}

function isFullPlace(k: Knowledge, name: string): boolean {
  const p = k.places.get(name);
  return p !== undefined && !p.short;
}

function kindOf(k: Knowledge, level: string): string {
  return k.placeSuffixes.get(level) ?? level;
}
