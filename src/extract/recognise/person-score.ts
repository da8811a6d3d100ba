// How much a span [start, end) looks like a Chinese personal name (surname + given name), as a sum of
// evidence: jieba's view of the span, given-name character statistics, the surname's class and the words
// around it (titles before, person verbs after, list marks, place suffixes after …). Weights are general
// knowledge of news style, written here; a candidate is taken when its score reaches PERSON_THRESHOLD.
import { getLexicon } from '../../lexicon/lexicon.js';
import type { Sentence, Token } from '../types.js';
import { tokenEndingAt } from '../tokens.js';
import type { Knowledge } from './knowledge.js';
import type { TrieMatch } from '../../lexicon/trie.js';
import type { Cues } from './person-cues.js';
import { verbAfterAdverbs } from './match-report.js';
import { GLUED_HEAD, tokenAt, tokenEvidence } from './person-tokens.js';
import { charTable, hasCharAt } from './char-table.js';
import { bracketPieces, opensBracketAt, photoPlaceAt } from '../name-brackets.js';

export const PERSON_THRESHOLD = 3;

export interface NameCandidate {
  start: number;
  /** end of the surname */
  mid: number;
  end: number;
}

export interface SentenceView {
  text: string;
  start: number;
  end: number;
  tokens: Token[];
  /** the sentence, for token look-ups by offset (tokens.ts) */
  sentence: Sentence;
  /** the look-ups after each end offset (index: end - start), made once for all candidates that end there */
  afterAt: (AfterLookups | undefined)[];
  /** the look-ups before each start offset (index: start - this.start) */
  beforeAt: (BeforeLookups | undefined)[];
}

export function sentenceView(text: string, s: Sentence): SentenceView {
  return { text, start: s.start, end: s.end, tokens: s.tokens, sentence: s, afterAt: [], beforeAt: [] };
}

/** What ends right before a start offset: the same for every candidate starting there (one per surname and length). */
interface BeforeLookups {
  /** the sentence starts there or an opening mark stands before it */
  opening: boolean;
  title: boolean;
  before: TrieMatch<number> | null;
}

function beforeLookups(k: Knowledge, cues: Cues, v: SentenceView, start: number): BeforeLookups {
  const known = v.beforeAt[start - v.start];
  if (known) return known;
  const out: BeforeLookups = {
    opening: start === v.start || isOpening(v.text[start - 1] as string),
    title: k.titlesBack.longestSuffixEndingAt(v.text, start, v.start) !== null,
    before: cues.before.longestSuffixEndingAt(v.text, start, v.start),
  };
  v.beforeAt[start - v.start] = out;
  return out;
}

/** What follows an end offset: the same for every candidate ending there (a sentence proposes many). */
interface AfterLookups {
  verb: TrieMatch<string> | null;
  adverbs: boolean;
  titleAfter: boolean;
  after: TrieMatch<number> | null;
  placeLevel: boolean;
  /** posts or a photograph's place in brackets follow (某某（县人民医院院长）, 某某（右二）): name-brackets.ts */
  bracketAfterName: boolean;
}

function afterLookups(k: Knowledge, cues: Cues, v: SentenceView, end: number): AfterLookups {
  const known = v.afterAt[end - v.start];
  if (known) return known;
  const { text } = v;
  const found = k.verbsAfter.longestMatchAt(text, end, v.end);
  // (a verb that begins a longer noun of jieba's is that noun's: 推介 of 推介会/n, 讲话 of 讲话稿/n)
  const verb = found && gluedIntoNoun(v, found.end) ? null : found;
  // the slice and its tests only where a place level can start
  const rest = hasCharAt(PLACE_LEVEL_FIRST, text, end) ? text.slice(end, Math.min(v.end, end + 4)) : '';
  const out: AfterLookups = {
    verb,
    adverbs: !verb && verbAfterAdverbs(k, text, v.sentence, end),
    titleAfter: k.titles.longestMatchAt(text, end, v.end) !== null,
    after: cues.after.longestMatchAt(text, end, v.end),
    placeLevel: PLACE_LEVEL_AFTER.test(rest) && !/^[县区市镇乡村]长/.test(rest),
    bracketAfterName: bracketAfterName(k, text, end, v.end),
  };
  v.afterAt[end - v.start] = out;
  return out;
}

/**
 * Posts in brackets right after a name (某某（县委常委、副县长）, 文静（县文联副主席）): only a person's posts are printed
 * so, and a name that is also a word (文静, 高峰) needs no other cue.
 */
const BRACKET_AFTER_NAME = 5;


/** Brackets at `at` hold posts only, each piece ending in a title (（县人民医院院长）, （村党支部书记、村委会主任）), or a
 * photograph's place (（右二）): name-brackets.ts. */
export function bracketAfterName(k: Knowledge, text: string, at: number, end: number): boolean {
  if (!opensBracketAt(text, at)) return false;
  if (photoPlaceAt(text, at)) return true;
  const pieces = bracketPieces(text, at, end);
  return pieces !== null && pieces.every((p) => k.titlesBack.longestSuffixEndingAt(text, p.end, p.start) !== null && text[p.start] !== '原');
}

/** Tags of a noun token. */
const NOUN_TAGS = new Set(['n', 'nz', 'l', 'vn']);

/** The token holding the offset before `end` runs past it and is a noun (推介会/n, 发言人/n) — not the act and the
 * event it is done at, which jieba reads as one word (出席会议/l, 主持会议/n: the act still). */
function gluedIntoNoun(v: SentenceView, end: number): boolean {
  const t = tokenAt(v, end - 1);
  return t !== undefined && t.end > end && NOUN_TAGS.has(t.tag) && !actAtEvent(t, v.text.slice(end, t.end));
}

/** The token is an act and the event it is done at (出席 + 会议), not an event's own name (推介 + 会 is 推介会, a kind). */
function actAtEvent(t: Token, rest: string): boolean {
  const kinds = getLexicon().meetingKinds.byWord;
  return rest.length >= 2 && kinds.has(rest) && !kinds.has(t.word);
}

/** Given-name characters: the mean positional log-ratio; characters never seen in names count as unlikely. */
export function givenEvidence(k: Knowledge, text: string, c: NameCandidate): number {
  const n = c.end - c.mid;
  let sum = 0;
  for (let i = c.mid; i < c.end; i++) {
    const code = text.charCodeAt(i);
    if (!((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf))) return -10; // isHan
    const g = k.givenByUnit[code];
    const v = !g ? -2 : n === 1 ? g.single : i === c.mid ? g.first : g.second;
    sum += Math.max(-3, Math.min(3, v));
  }
  return sum / n;
}

export function isHan(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

/**
 * The most contextEvidence can give: its part before the span exactly, then the best case after it (the sentence
 * ends there 0.5; a verb 3 or adverbs + verb 2 with a title 1.5, or brackets of posts BRACKET_AFTER_NAME; the strongest
 * after cue).
 */
function contextCeiling(k: Knowledge, cues: Cues, v: SentenceView, c: NameCandidate): number {
  let score = 0;
  const { opening, title, before } = beforeLookups(k, cues, v, c.start);
  if (opening) score += 0.5;
  if (title) score += 3;
  if (before) score += before.value;
  return score + 0.5 + (opensBracketAt(v.text, c.end) ? BRACKET_AFTER_NAME : 3.5) + cues.afterCeiling;
}

/** Words around the span. */
export function contextEvidence(k: Knowledge, cues: Cues, v: SentenceView, c: NameCandidate): number {
  const { text } = v;
  let score = 0;
  // before
  const { opening, title, before } = beforeLookups(k, cues, v, c.start);
  if (opening) score += 0.5;
  if (title) score += 3;
  if (before) score += before.value;
  // after
  if (c.end === v.end) score += 0.5;
  const { verb, adverbs, titleAfter, after, placeLevel, bracketAfterName } = afterLookups(k, cues, v, c.end);
  if (verb) score += 3;
  else if (adverbs) score += 2; // 某某还说, 某某多次表示
  else if (bracketAfterName) score += BRACKET_AFTER_NAME;
  if (titleAfter && !verb) score += 1.5;
  // a negative cue (县, 院 …) says nothing when a title or verb starts there (李某院长, 王某县长)
  if (after && after.value < 0 && !verb && !titleAfter) score += after.value;
  if (after && after.value > 0 && (!verb || after.end > verb.end)) score += after.value;
  // a place level right after it (松涛街道, 某某县委书记) makes it a place name, whatever title follows
  if (placeLevel) score -= 3;
  return score;
}

function isOpening(ch: string): boolean {
  return '，,。：:；;“"（(《「『 、'.includes(ch);
}

/** place levels that never follow a personal name directly */
const PLACE_LEVEL_AFTER = /^(?:街道|社区|新区|开发区|[镇乡村县区市省州])/;
/** the first characters of PLACE_LEVEL_AFTER's words */
const PLACE_LEVEL_FIRST = charTable('街社新开镇乡村县区市省州');

/** Characters that end place and body names (云杉县, 某某局), never a given name in news; 籍, one's native place
 * (某川籍); 等, which closes a list of names (甲、乙等出席); 氏 after a surname, a lineage or an old-style reference
 * (王氏宗祠), never a given name */
const NAME_NEVER_ENDS = charTable('县市区镇乡村省州局委厅署寺庙派岛湖路街巷殿馆杯等氏籍');

/** Punctuation that closes a list item or a clause. */
const CLOSING = new Set([...'，,。；;、：:）)”']);

/** Tags of a one-character token that follows a name rather than ending it. */
const TAIL_FUNCTION_TAGS = new Set(['p', 'c', 'uj', 'ul', 'uz', 'v', 'd']);

/** Honorifics and kin words after a surname: 吴先生 is the surname 吴 plus a word (person.surname-ref), not a name. */
export const HONORIFIC_GIVEN = ['某', '先生', '女士', '小姐', '老板', '老师', '大哥', '大姐', '师傅', '太太', '夫人', '阿姨', '同志'];
/** their first characters: most candidates start none of them */
const HONORIFIC_FIRST = charTable(HONORIFIC_GIVEN.map((h) => h[0] as string));

const OLD = '老'.charCodeAt(0);
/** Light verbs written before a person's act (作讲话, 作重要讲话, 做报告). */
export const LIGHT_VERBS = charTable('作做');
/** Surnames that are also measure or number words (张, 万, 支, 位 …). */
const MEASURE_SURNAMES = charTable('张万千百支位户项台名余条部件封');

/**
 * Total score of a candidate. With a `floor`, a candidate that cannot reach it whatever follows it (the evidence
 * after the name is bounded: contextCeiling) gets -Infinity without the look-ups after it.
 */
export function scoreName(k: Knowledge, cues: Cues, v: SentenceView, c: NameCandidate, surnameClass = k.surnames.get(v.text.slice(c.start, c.mid)), floor?: number): number {
  const surname = surnameClass === 'common' ? 0.5 : c.mid - c.start === 2 ? 0.5 : -0.5;
  const given = givenEvidence(k, v.text, c);
  const length = c.end - c.mid === 2 ? 0.3 : 0; // two-character given names are the commoner shape
  const suffix = hasCharAt(NAME_NEVER_ENDS, v.text, c.end - 1) ? -4 : 0;
  const tokens = tokenEvidence(k, v, c);
  // every term below is a penalty (0 or less): a candidate the terms so far cannot lift to the floor, whatever stands
  // around it, is dropped before them (a dictionary word that starts with a surname: 方面, 高质量)
  if (floor !== undefined && surname + given + length + suffix + tokens + contextCeiling(k, cues, v, c) < floor - 1e-6) return -Infinity;
  // a country, world city or division written in full (乌克兰, 伊朗) is a place, not a surname + given name
  const place = k.places.longestMatchAt(v.text, c.start, c.end);
  // a full name, or a short form of three characters or more (a city without its 市), is a place
  const known = place && place.end === c.end && (!place.value.short || c.end - c.start >= 3) ? -20 : 0;
  // 胡老说 is the surname + the honorific 老 (a given name may start with 老, as 叶老桂, but is not 老 alone)
  // a surname that is also a measure or number word, right after a numeral, is that word (３０万人, 这3张照片)
  const counted = c.mid - c.start === 1 && hasCharAt(MEASURE_SURNAMES, v.text, c.start) && /[0-9０-９一二三四五六七八九十百千万两几数多]/.test(v.text[c.start - 1] ?? '') ? -6 : 0;
  const honorific = (hasCharAt(HONORIFIC_FIRST, v.text, c.mid) && HONORIFIC_GIVEN.some((h) => v.text.startsWith(h, c.mid))) || (c.end - c.mid === 1 && v.text.charCodeAt(c.mid) === OLD) ? -10 : 0;
  // a title after a surname (周书记, 王局长) is a surname reference (person-surname-ref.ts), not a given name — unless a
  // title stands right before the surname (总理宋林长: no one writes a post before a surname and another post)
  const titled = c.end - c.mid === 2 && k.titles.get(v.text.slice(c.mid, c.end)) !== undefined && !beforeLookups(k, cues, v, c.start).title ? -10 : 0;
  // a preposition or conjunction of its own right after the name (某某在, 某某和) is no given-name character
  const last = tokenAt(v, c.end - 1);
  // …unless punctuation follows: a conjunction or preposition joins nothing there (某清和，秘书长…)
  // a conjunction before punctuation joins nothing (某清和，秘书长…); a one-character verb right before a person verb
  // (某嘉建出席) is the name's last character, the verb after it the act
  const closed = (last?.tag === 'c' || last?.tag === 'p') && (c.end === v.end || CLOSING.has(v.text[c.end] as string));
  const actAfter = last?.tag === 'v' && k.verbsAfter.longestMatchAt(v.text, c.end, v.end) !== null;
  const glued = last && last.word.length === 1 && last.start === c.end - 1 && c.end - c.mid === 2 && TAIL_FUNCTION_TAGS.has(last.tag) && !closed && !actAfter ? -4 : 0;
  // a compound surname whose first character closes a title (副署长 + 孙某: 长孙) is the title's tail
  const split = c.mid - c.start === 2 && k.titlesBack.longestSuffixEndingAt(v.text, c.start + 1, v.start) ? -5 : 0;
  const cut = leftSurnameCut(k, v, c);
  // a rare surname that is also a function character, before a common surname (但 + 葛某, 以 + 朴某): the function
  // word and the name after it
  const functionHead = c.mid - c.start === 1 && surnameClass !== 'common' && GLUED_HEAD.has(v.text[c.start] as string) && k.surnames.get(v.text[c.mid] as string) === 'common' ? -2 : 0;
  // 作/做 right before a person's act (某某作 + 重要讲话) is the light verb, not a given name's last character
  const light = c.end - c.mid >= 1 && hasCharAt(LIGHT_VERBS, v.text, c.end - 1) && k.verbsAfter.longestMatchAt(v.text, c.end, v.end) !== null ? -6 : 0;
  const fixed = surname + given + length + suffix + known + honorific + titled + counted + split + glued + cut + functionHead + light + tokens;
  // shortNameEvidence is never positive and contextCeiling bounds contextEvidence: a candidate that cannot reach the
  // floor whatever stands around it is dropped before the look-ups after it (the margin covers rounding)
  if (floor !== undefined && fixed + contextCeiling(k, cues, v, c) < floor - 1e-6) return -Infinity;
  return fixed + shortNameEvidence(k, cues, v, c) + contextEvidence(k, cues, v, c);
}

/**
 * jieba read the character before a two-character span as a surname of its own (骆/nr 文澜/nrfg): the name is the
 * three characters from that surname, and the span, which begins at its given name, is cut from it.
 */
function leftSurnameCut(k: Knowledge, v: SentenceView, c: NameCandidate): number {
  if (c.end - c.start !== 2 || c.start - 1 < v.start) return 0;
  const i = tokenEndingAt(v.sentence, c.start);
  if (i < 0) return 0;
  const before = v.tokens[i] as Token;
  return before.word.length === 1 && before.tag === 'nr' && k.surnames.get(before.word) !== undefined ? -2 : 0;
}

/**
 * A one-character given name (王某) is as often an ordinary two-character word (施策, 商街): without a title
 * before it or a statement/act verb after it, it needs more evidence than a longer name.
 */
/** weight of a person cue that is as good as a title or a verb (同志 3, 先生 2.5) */
const STRONG_CUE = 2.5;

function shortNameEvidence(k: Knowledge, cues: Cues, v: SentenceView, c: NameCandidate): number {
  if (c.end - c.mid !== 1 || c.mid - c.start !== 1) return 0;
  if (beforeLookups(k, cues, v, c.start).title) return 0;
  const { verb, after } = afterLookups(k, cues, v, c.end);
  if (verb && verb.value !== 'NONE') return 0;
  // an honorific after it (同志, 先生) says person as surely as a verb
  if (after && after.value >= STRONG_CUE) return 0;
  return -1.5;
}
