// Places: the administrative gazetteer and the world (place.gazetteer; short forms such as 青岛 for
// 青岛市 only for the higher levels and only on word boundaries: place.gazetteer-short), a name plus a
// place suffix (place.suffix: 城西乡, 滨河街道, 东岳新区), jieba's place words (place.jieba-ns) and lists
// closed by a place word (place.list: 松涛、鹭湖、青石等镇街 names three towns).
import { tokenCovering } from '../tokens.js';
import type { Doc, Found, Recogniser, Sentence, Token } from '../types.js';
import { knowledge, type Knowledge, type PlaceInfo } from './knowledge.js';
import { placeList } from './place-list.js';
import { GLUED_VERBS, placeSlots } from './place-slot.js';
import { hasCharAt } from './char-table.js';
import { venuesIn } from './place-venue.js';
import { spanIndex } from '../span-index.js';
import { autonomousNameStart, isPeople } from './autonomous-level.js';
import { foreignPlaces } from './place-foreign.js';
import { abbreviationTable, isAbbreviationRun, placeAbbreviations } from './place-abbreviation.js';
import { looksLikePlace, placeContext } from './place-shape.js';
import { placeStopwords, splitPlaceNames } from './place-split.js';
import { segment } from '../../text/segment.js';
import { translitCount } from '../../lexicon/minority-names.js';
import { tokenEndingAt, tokenStartingAt } from '../tokens.js';

/** Kinds whose short form is safe on a word boundary (青岛, 如皋); town and street short forms are not. */
const SHORT_OK = new Set([
  'province', 'municipality', 'autonomous-region', 'special-region', 'city', 'prefecture', 'autonomous-prefecture',
  'league', 'district', 'county', 'county-city', 'autonomous-county', 'banner', 'autonomous-banner',
]);

/** Tags of a token that may be a proper name (a short place form must be one of these to jieba too). */
const PROPER_TAGS = new Set(['ns', 'nr', 'nrt', 'nz', 'j', 'x', 'nt']);


/** One-character administrative levels that end an unknown word jieba glued to its name (桐溪县/x). */
const ADMIN_LEVELS = new Set([...'县区市镇乡旗州']);

/** Tags of a token that can carry a place suffix after it (城西 + 乡). */
const STEM_TAGS = new Set(['ns', 'nr', 'nrt', 'nz', 'x', 'j', 'nt', 's']);

export const recognisePlaces: Recogniser = (doc: Doc, earlier: readonly Found[] = []): Found[] => {
  const k = knowledge();
  const names = earlier.filter((f) => f.type === 'person' && f.strong);
  const nameEnds = new Set(names.map((f) => f.end));
  const bodies = spanIndex(earlier.filter((f) => f.type === 'organization'));
  return doc.sentences.flatMap((s) => [...placesInSentence(doc.text, s, k, nameEnds), ...splitPlaceNames(doc.text, s, k), ...placeList(doc.text, s, k),
    ...placeAbbreviations(doc.text, s, k).filter((f) => !gluedToName(s, f, names)), ...foreignPlaces(doc.text, s, k), ...placeSlots(doc.text, s, k), ...venuesIn(doc.text, s, k, bodies)]);
};

/** An abbreviation read from a token jieba glued to the end of a name read in its slot (某某华/以 as 华以: no 以色列). */
function gluedToName(s: Sentence, f: Found, names: readonly Found[]): boolean {
  const t = s.tokens[tokenCovering(s, f.start)];
  return !!t && t.start < f.start && names.some((p) => p.start < f.start && t.start < p.end);
}

function placesInSentence(text: string, s: Sentence, k: Knowledge, nameEnds: ReadonlySet<number>): Found[] {
  const out: Found[] = [];
  const stop = placeStopwords();
  let after = -1; // a place just ended here: the next one may start inside a jieba token (江苏如皋市)
  for (let i = s.start; i < s.end; i++) {
    if ((s.startsAt[i] === 0 && i !== after) || !k.places.startsAt(text, i)) continue;
    const m = bestPlaceAt(k, text, i, s, stop);
    if (m && !(m.value.kind === 'zone' && afterProperName(s, i))) {
      out.push(found(text, i, m.end, m.value.short ? 'place.gazetteer-short' : 'place.gazetteer', m.value));
      after = m.end;
    }
  }
  // where a division just ended (某镇 + 青石村): a village or community named by a common word may follow it
  const placeEnds = new Set(out.map((f) => f.end));
  s.tokens.forEach((t, n) => {
    const suffixed = withSuffix(k, text, s.tokens, n, nameEnds) ?? chainedDivision(k, text, s.tokens, n, placeEnds, stop);
    if (suffixed) placeEnds.add(suffixed.end);
    if (suffixed) out.push(afterDateUnit(text, suffixed));
    else if (t.tag === 'ns' && t.word.length >= 2 && !stop.has(t.word) && !isAbbreviationRun(t, k) && !out.some((f) => f.start === t.start && f.end < t.end)) {
      const ns = jiebaPlace(k, text, s, t, n);
      if (ns) out.push(ns);
    }
  });
  return out;
}

/** Words that jieba glues after a region (华北地区, 淮河流域): the place is the part before them. */
const AREA_TAILS = ['地区', '流域', '一带'];

/** 'former' before a place name (原苏联, 前南斯拉夫) */
const FORMER = ['原', '前'];

/** A jieba ns word kept as a place when its shape or its context says so (place-shape.ts); 华北地区 → 华北. */
function jiebaPlace(k: Knowledge, text: string, s: Sentence, t: Token, n: number): Found | null {
  let end = t.end;
  const tail = AREA_TAILS.find((w) => t.word.endsWith(w) && t.word.length - w.length >= 2);
  if (tail) end -= tail.length;
  // 原苏联, 前南斯拉夫: 'former' glued to a known place is no part of its name
  if (FORMER.includes(text[t.start] as string) && k.places.has(text.slice(t.start + 1, end))) {
    return { type: 'place', start: t.start + 1, end, text: text.slice(t.start + 1, end), rule: 'place.jieba-ns' };
  }
  const word = text.slice(t.start, end);
  if (tail !== undefined) {
    // the part before 地区 must be a place on its own (北京, 华北, 淮河), not a word (落后, 沿海) or a pair (港台)
    if (placeStopwords().has(word) || isAbbreviationRun({ ...t, end, word }, k)) return null;
    if (!k.places.has(word) && !looksLikePlace(word, k, abbreviationTable(k))) return null;
  } else if (!looksLikePlace(word, k, abbreviationTable(k)) && !placeContext(text, t.start, end, s.start, s.end)) return null;
  // a village or town of one character and its level (塘村/ns) is the end of a longer name jieba cut (铜鼓/n + 塘村)
  const head = tail === undefined && word.length === 2 && SHORT_LEVELS.has(word[1] as string) ? headBefore(s, n) : null;
  if (head) return { type: 'place', start: head.start, end, text: text.slice(head.start, end), rule: 'place.jieba-ns' };
  return { type: 'place', start: t.start, end, text: word, rule: 'place.jieba-ns' };
}

/** Tags jieba gives a name's last character standing alone (湾/zg, 坳/g). */
const ONE_CHAR_STEM = new Set(['zg', 'g', 'ng', 'n']);

/** Levels a village's or town's name of one character would end with (塘村, 湾镇). */
const SHORT_LEVELS = new Set([...'村镇乡寨屯']);
/** Tags of a word that may begin such a name: nouns and unknown words (铜鼓/n, 鸭婆/x). */
const HEAD_TAGS = new Set(['n', 'nz', 'ng', 'x', 'nr', 'ns']);

/** The token right before the `i`th, of one or two characters, that may be the head of its name; else null. */
function headBefore(s: Sentence, i: number): Token | null {
  const t = s.tokens[i] as Token;
  const prev = i > 0 ? s.tokens[i - 1] : undefined;
  return prev && prev.end === t.start && prev.word.length <= 2 && HEAD_TAGS.has(prev.tag) && /^[\u4e00-\u9fff]+$/.test(prev.word) ? prev : null;
}

/** The longest gazetteer entry at i that fits the boundary rules. */
function bestPlaceAt(k: Knowledge, text: string, i: number, s: Sentence, stop: ReadonlySet<string>): { end: number; value: PlaceInfo } | null {
  const end = s.end;
  const all = k.places.allMatchesAt(text, i, end);
  for (let n = all.length - 1; n >= 0; n--) {
    const m = all[n] as { end: number; value: PlaceInfo };
    if (stop.has(text.slice(i, m.end))) continue;
    if (m.value.short) {
      // a short form must be a proper-name token to jieba too: 合作 (合作市) and 和平 (和平区) are words
      if (SHORT_OK.has(m.value.kind) && isProperToken(s, i, m.end)) return m;
    } else if (tokenEndingAt(s, m.end) >= 0 || m.end - i >= 3 || (m.value.kind === 'country' && text.startsWith('政府', m.end)) || gluedToWord(k, text, m.end, tokenEnd(s, m.end))) return m;
  }
  return null;
}

/** A proper name's token ends right at `at`: a zone of the gazetteer named by common words after it (某某 + 新材料产业园)
 * is the end of that zone's own longer name, not the zone the gazetteer knows. */
function afterProperName(s: Sentence, at: number): boolean {
  const t = s.tokens[tokenEndingAt(s, at)];
  return t !== undefined && PROPER_TAGS.has(t.tag);
}

/** A token of the sentence spans exactly [start, end) and may be a proper name. */
function isProperToken(s: Sentence, start: number, end: number): boolean {
  const n = tokenStartingAt(s, start);
  const t = s.tokens[n];
  return n >= 0 && t !== undefined && t.end === end && PROPER_TAGS.has(t.tag);
}

/** The first token end after `at` (the end of the token a match ends inside). */
function tokenEnd(s: Sentence, at: number): number {
  for (let e = at + 1; e <= s.end; e++) if (tokenEndingAt(s, e) >= 0) return e;
  return s.end;
}

/** The rest of the token after a place is a place, a title or one ordinary word (英国 + 伦敦, 法国 + 总理, 香港 + 回归). */
function gluedToWord(k: Knowledge, text: string, from: number, to: number): boolean {
  if (to - from < 2 || to - from > 4) return false;
  const rest = text.slice(from, to);
  if (k.places.has(rest) || k.titles.has(rest)) return true;
  const t = segment(rest);
  return t.length === 1 && REST_TAGS.has((t[0] as Token).tag);
}

/** Tags of the word glued after a place in one jieba token. */
const REST_TAGS = new Set(['n', 'v', 'vn', 'ns', 'nt']);

/** A stem token followed by a place-suffix token: 城西 + 乡, 东岳 + 新区. */
function withSuffix(k: Knowledge, text: string, tokens: readonly Token[], n: number, nameEnds: ReadonlySet<number>): Found | null {
  const stem = tokens[n] as Token;
  // an unknown word of a name's last character and its level after a name of jieba's (乌兰查/nr 干旗/x, 巴格/nrt 其村/x):
  // one name
  // (not a verb jieba glued to the level, 某某 + 作镇/x of 作镇人大主席团工作报告)
  if (stem.tag === 'x' && stem.word.length === 2 && (ADMIN_LEVELS.has(stem.word[1] as string) || stem.word[1] === '村') && !hasCharAt(GLUED_VERBS, text, stem.start)) {
    const head = tokens[n - 1];
    if (head && head.end === stem.start && head.word.length >= 2 && head.word.length <= 4 && TRANSCRIBED_HEAD_TAGS.has(head.tag) && /^[\u4e00-\u9fff]+$/.test(head.word) && !nameEnds.has(head.end)) {
      const level = k.placeSuffixes.longestMatchAt(text, stem.end - 1, stem.end);
      // (a transliteration character jieba left alone before the head begins the name: 托/v 格拉/nrt 克县/x)
      const before = tokens[n - 2];
      const lone = before && before.end === head.start && before.word.length === 1 && /[\u4e00-\u9fff]/.test(before.word);
      // (a preposition jieba glued to the head, 由然/x 巴村/x after 会议: the name starts after it)
      // (…or a word of transliteration characters alone, 阿亚/ns + 格库/x + 木县/x: the name's first syllables)
      const syllables = before && !lone && before.end === head.start && before.word.length <= 3 && TRANSCRIBED_HEAD_TAGS.has(before.tag) && !nameEnds.has(before.end) && translitCount(before.word) === before.word.length;
      const start = (lone && k.translit.has(before.word)) || syllables ? (before as Token).start : head.tag === 'x' && NEVER_FIRST.has(head.word[0] as string) ? head.start + 1 : head.start;
      if (level && (!lone || start === before.start)) return { type: 'place', start, end: stem.end, text: text.slice(start, stem.end), rule: 'place.suffix', kind: level.value };
    }
  }
  // an unknown word jieba made of a name and its level (桐溪县/x, 阿洛县/x): the level ends it
  if (stem.tag === 'x' && stem.word.length >= 3 && /^[\u4e00-\u9fff]+$/.test(stem.word)) {
    const level = k.placeSuffixes.longestMatchAt(text, stem.end - 1, stem.end);
    if (level && ADMIN_LEVELS.has(text[stem.end - 1] as string)) {
      // (a date's unit jieba glued to the name after it, 21 + 日崇岚市/x, begins no name)
      const start = translitHead(k, tokens, n, nameEnds);
      return { type: 'place', start, end: stem.end, text: text.slice(start, stem.end), rule: 'place.suffix', kind: level.value };
    }
  }
  const next = tokens[n + 1];
  // a name of three characters jieba cut into a word and one character before a village's or town's level (石门/n 湾/zg
  // 村): the word and the character are the name
  // (not a level written twice, 某镇/镇/长: the first is the place's own level)
  const split = next && stem.word.length === 1 && ONE_CHAR_STEM.has(stem.tag) && !SHORT_LEVELS.has(stem.word) && SHORT_LEVELS.has(next.word) ? tokens[n - 1] : undefined;
  if (split && split.end === stem.start && split.word.length === 2 && HEAD_TAGS.has(split.tag) && /^[\u4e00-\u9fff]{2}$/.test(split.word) && !nameEnds.has(split.end) && next) {
    const level = k.placeSuffixes.longestMatchAt(text, next.start, next.end);
    if (level && level.end === next.end) return { type: 'place', start: split.start, end: next.end, text: text.slice(split.start, next.end), rule: 'place.suffix', kind: level.value };
  }
  // a transcribed name jieba cut into single characters before its level (库/n 木/n 巴/ns 什/r 县/zg): three to six
  // transliteration characters, each a token of its own, no name read among them
  const scattered = next && stem.word.length === 1 ? scatteredHead(k, tokens, n, nameEnds) : -1;
  if (scattered >= 0 && next) {
    const level = k.placeSuffixes.longestMatchAt(text, next.start, next.end);
    if (level && level.end === next.end && TRANSCRIBED_LEVELS.has(level.value)) {
      const start = (tokens[scattered] as Token).start;
      return { type: 'place', start, end: next.end, text: text.slice(start, next.end), rule: 'place.suffix', kind: level.value };
    }
  }
  if (!next || !STEM_TAGS.has(stem.tag) || stem.word.length < 2) return null;
  const suffix = k.placeSuffixes.longestMatchAt(text, next.start, next.end);
  if (!suffix || suffix.end !== next.end) return null;
  if (!/^[\u4e00-\u9fff]+$/.test(stem.word)) return null;
  // a locative word (西海岸/s) names a place only before a zone of two or more characters (新区, 开发区)
  if (stem.tag === 's' && next.end - next.start < 2) return null;
  // an unknown word jieba glued across a preposition to the name (会在|岚峰 + 乡): the name starts after it
  // …or the verb that gives a post, glued after a name or 同志 (某某任|青禾 + 镇 + 镇长)
  // …or the people of an autonomous division, its name before it (某某 + 彝族 + 自治县)
  const own = isPeople(stem.word) ? autonomousNameStart(tokens, n) : stem.tag !== 'x' ? stem.start : stem.start + (nameAfterPreposition(stem.word) || (postGivenAfterName(text, stem, nameEnds) ? 1 : 0));
  const start = own === stem.start && !isPeople(stem.word) && TRANSCRIBED_LEVELS.has(suffix.value) ? translitHead(k, tokens, n, nameEnds) : own;
  return { type: 'place', start, end: next.end, text: text.slice(start, next.end), rule: 'place.suffix', kind: suffix.value };
}

/** The levels below a town that a division named right after its town or township may have (某镇 + 青石 + 村). */
const CHAINED_LEVELS = new Set(['village', 'community']);
/** Tags of a common word that names a village in such a chain (青石/n, 老街/n, 新建/ns are tagged so by jieba). */
const CHAINED_STEM_TAGS = new Set(['n', 'nz', 'ns', 'an', 'vn', 's']);

/**
 * A village or community named by a common word of two characters right after the division it lies in (沅桥镇 +
 * 青石/n + 村, 某街道 + 老街/n + 社区): the chain of divisions makes the word a name. A word that says what kind of
 * village it is (重点村, 试点村, 全部村) is in the place stop words.
 */
function chainedDivision(k: Knowledge, text: string, tokens: readonly Token[], n: number, placeEnds: ReadonlySet<number>, stop: ReadonlySet<string>): Found | null {
  const stem = tokens[n] as Token;
  const next = tokens[n + 1];
  if (!next || !placeEnds.has(stem.start) || stem.word.length !== 2 || !CHAINED_STEM_TAGS.has(stem.tag) || stop.has(stem.word) || !/^[\u4e00-\u9fff]+$/.test(stem.word)) return null;
  const level = k.placeSuffixes.longestMatchAt(text, next.start, next.end);
  if (!level || level.end !== next.end || !CHAINED_LEVELS.has(level.value)) return null;
  return { type: 'place', start: stem.start, end: next.end, text: text.slice(stem.start, next.end), rule: 'place.suffix', kind: level.value };
}

/**
 * The index of the first of three to six one-character tokens that end at token `n`, each a transliteration
 * character (库 木 巴 什 before 县), with no name read ending inside them; -1 when there is no such run.
 */
function scatteredHead(k: Knowledge, tokens: readonly Token[], n: number, nameEnds: ReadonlySet<number>): number {
  let first = n;
  while (first > 0 && n - first < 5) {
    const t = tokens[first - 1] as Token;
    if (t.word.length !== 1 || t.end !== (tokens[first] as Token).start || !k.translit.has(t.word) || nameEnds.has(t.end)) break;
    first--;
  }
  if (n - first < 2 || !k.translit.has((tokens[n] as Token).word) || nameEnds.has((tokens[n] as Token).end)) return -1;
  // (the run starts a word: the token before it is no single Han character that would begin the name)
  return first;
}

/** Tags of a name's head before its last character and level (乌兰查/nr + 干旗/x). */
const TRANSCRIBED_HEAD_TAGS = new Set(['nr', 'nrt', 'x', 'ns', 'nz']);

/** The levels of the divisions named in Mongolian, Tibetan or Uyghur transcription (旗, 县, 苏木, 乡, 镇, 嘎查, 村). */
const TRANSCRIBED_LEVELS = new Set(['banner', 'county', 'township', 'town', 'village', 'district', 'prefecture']);

/**
 * Where a transcribed name of a division starts (阿尔善/x 高勒旗/x, 巴润/x 萨拉/nrt 旗): jieba cut the Mongolian, Tibetan or
 * Uyghur name into unknown words, and the one before the level's token is the name's head when it is made of
 * transliteration characters mostly (no name read in its slot ends there; no preposition begins it). Else the token's start.
 */
function translitHead(k: Knowledge, tokens: readonly Token[], n: number, nameEnds: ReadonlySet<number>): number {
  const stem = tokens[n] as Token;
  const head = tokens[n - 1];
  // (a place word of jieba's made of transliteration characters mostly, 喀拉/ns + 铁热克/x + 地区, that names no place the
  // gazetteer knows, is the name's head too)
  const syllables = head !== undefined && head.tag === 'ns' && translitCount(head.word) * 2 >= head.word.length && !k.places.has(head.word);
  if (!head || head.end !== stem.start || !(SPLIT_HEAD_TAGS.has(head.tag) || syllables) || ADMIN_LEVELS.has(head.word[head.word.length - 1] as string) || head.word.length < 2 || head.word.length > 4 || nameEnds.has(head.end)) return stem.start;
  if (!/^[\u4e00-\u9fff]+$/.test(head.word) || NEVER_FIRST.has(head.word[0] as string) || GLUED_PREPOSITIONS.has(head.word[0] as string)) return stem.start;
  return translitCount(head.word) * 2 >= head.word.length ? head.start : stem.start;
}

/** Tags of the head jieba split off a transcribed division's name (阿尔善/x 高勒旗/x, 阿克/nrt 铁热克县/x): an unknown
 * word or a name's, never a place of its own (岐 + 南县/ns + 杏坪镇 is no name of 南县杏坪) */
const SPLIT_HEAD_TAGS = new Set(['x', 'nr', 'nrt']);

/** Prepositions and conjunctions that jieba glues to an unknown place name after them (会在某某, 并与某某). */
const GLUED_PREPOSITIONS = new Set([...'在于和与对向从到把被将由']);

/**
 * Where a place name starts inside an unknown word of jieba's: after a preposition or conjunction standing second or
 * later with two characters after it at least (会在|岚峰); else 0. A first character is the name's own (向阳, 和平, 于都).
 */
function nameAfterPreposition(word: string): number {
  for (let i = word.length - 3; i >= 1; i--) if (GLUED_PREPOSITIONS.has(word[i] as string)) return i + 1;
  // (a preposition of place that begins no place's name, first: 在岚峰/x + 镇, 到岚峰/x + 镇)
  return word.length >= 3 && NEVER_FIRST.has(word[0] as string) ? 1 : 0;
}

/** Prepositions that begin no place's name: of place (在, 到, 赴), and 由 of the one who chairs (会议由某村党支部书记某某
 * 主持); 向阳, 和平, 于都 begin with others. */
const NEVER_FIRST = new Set([...'在到赴由']);
/** The units of a date that jieba glues to a name after a numeral (21 + 日崇岚市/x, 2024 + 年岚溪/x 县). */
const DATE_UNITS = new Set([...'日月年号']);

/** A place read from a numeral's unit on (日崇岚市 after 21) starts after the unit: no name begins with a date's. */
function afterDateUnit(text: string, f: Found): Found {
  if (f.end - f.start < 4 || !DATE_UNITS.has(text[f.start] as string) || !/[0-9０-９一二三四五六七八九十]/.test(text[f.start - 1] ?? '')) return f;
  return { ...f, start: f.start + 1, text: text.slice(f.start + 1, f.end) };
}

/** Verbs of one character that give a post (某某任…镇长), glued by jieba to the place after them. */
const GIVES_POST = new Set(['任']);

/** The word begins with such a verb, right after a name read in its slot or after 同志 (某某同志任|某某镇). */
function postGivenAfterName(text: string, stem: Token, nameEnds: ReadonlySet<number>): boolean {
  return stem.word.length >= 3 && GIVES_POST.has(stem.word[0] as string) && (nameEnds.has(stem.start) || text.endsWith('同志', stem.start));
}

function found(text: string, start: number, end: number, rule: string, p: PlaceInfo): Found {
  const surface = text.slice(start, end);
  return { type: 'place', start, end, text: surface, rule, kind: p.kind, ...(p.name !== surface ? { name: p.name } : {}) };
}

