// How much a span [start, end) looks like a Chinese personal name (surname + given name), as a sum of
// evidence: jieba's view of the span, given-name character statistics, the surname's class and the words
// around it (titles before, person verbs after, list marks, place suffixes after …). Weights are general
// knowledge of news style, written here; a candidate is taken when its score reaches PERSON_THRESHOLD.
import type { Sentence, Token } from '../types.js';
import { tokenCovering, tokenEndingAt, tokenStartingAt } from '../tokens.js';
import { segment } from '../../text/segment.js';
import type { Knowledge } from './knowledge.js';
import type { TrieMatch } from '../../lexicon/trie.js';
import type { Cues } from './person-cues.js';
import { verbAfterAdverbs } from './match-report.js';
import { thingHeads } from './thing-heads.js';
import { charTable, hasCharAt } from './char-table.js';

export const PERSON_THRESHOLD = 3;

/** Tags jieba gives to names it knows (nr, nrfg, nrt) or to unknown words it glued itself (x). */
const NAME_TAGS = new Set(['nr', 'nrfg', 'nrt']);

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
}

function afterLookups(k: Knowledge, cues: Cues, v: SentenceView, end: number): AfterLookups {
  const known = v.afterAt[end - v.start];
  if (known) return known;
  const { text } = v;
  const verb = k.verbsAfter.longestMatchAt(text, end, v.end);
  // the slice and its tests only where a place level can start
  const rest = hasCharAt(PLACE_LEVEL_FIRST, text, end) ? text.slice(end, Math.min(v.end, end + 4)) : '';
  const out: AfterLookups = {
    verb,
    adverbs: !verb && verbAfterAdverbs(k, text, v.sentence, end),
    titleAfter: k.titles.longestMatchAt(text, end, v.end) !== null,
    after: cues.after.longestMatchAt(text, end, v.end),
    placeLevel: PLACE_LEVEL_AFTER.test(rest) && !/^[县区市镇乡村]长/.test(rest),
  };
  v.afterAt[end - v.start] = out;
  return out;
}

/** The token that covers offset `at`. */
function tokenAt(v: SentenceView, at: number): Token | undefined {
  return v.tokens[tokenCovering(v.sentence, at)];
}

/** Evidence from jieba's tokens over the span. */
export function tokenEvidence(k: Knowledge, v: SentenceView, c: NameCandidate): number {
  const first = tokenStartingAt(v.sentence, c.start);
  if (first < 0) return gluedHeadEvidence(k, v, c); // the name would start inside a word
  const t = v.tokens[first] as Token;
  if (t.end === c.end) {
    // jieba's two-character nr words are mostly common words (顾客, 阳光); its three-character ones are names
    if (t.tag === 'nrfg') return 2.5;
    if (NAME_TAGS.has(t.tag)) return t.word.length >= 3 ? threeCharNameEvidence(t.word) : 0.5;
    if (t.tag === 'x') return 2;
    // jieba's HMM tags some unknown three-character names nz: a name unless its head is a word (高素质)
    if (t.tag === 'nz' && t.word.length === 3) return threeCharNameEvidence(t.word) - 1.5;
    return -2.5; // a dictionary word that merely starts with a surname (高质量, 文化, 方面)
  }
  // a four-character dictionary word is an idiom or set phrase (卫冕冠军, 金碧辉煌), whatever jieba tags it
  if (t.end > c.end && t.word.length === 4 && t.tag !== 'x') return -4;
  if (t.end > c.end && NAME_TAGS.has(t.tag) && t.start === c.start && isWordToken(v.text.slice(c.end, t.end))) {
    // jieba glued a known name to the word after it (a name + 理论, 同志): the name is the token's head
    return 2;
  }
  if (t.end > c.end) {
    // span ends inside jieba's first token: only a glued unknown word (x) may hide a name, best when what is
    // left of the token is one function character (某某是/x, 某某的/x)
    if (t.tag === 'x' && t.end - c.end === 1 && FUNCTION_TAIL.has(v.text[c.end] as string)) return 1;
    return t.tag === 'x' || NAME_TAGS.has(t.tag) ? -1 : -3;
  }
  let score = 0;
  // jieba glues an unknown name's first two characters and leaves the third alone (钟立 + 群)
  if (t.tag === 'x' && t.end > c.mid && t.end === c.end - 1 && (v.tokens[first + 1]?.word.length ?? 0) === 1) {
    // more when the left-over character is a content word (新/a), not a function word or verb (在, 的, 说)
    score += GLUE_FUNCTION_TAGS.has((v.tokens[first + 1] as Token).tag) ? 1.5 : 3;
  }
  // a name jieba knows, one character short (欧阳明/nr 德/ns、): in a list or before punctuation, the character left
  // alone is the name's last one
  if (NAME_TAGS.has(t.tag) && t.end > c.mid && t.end === c.end - 1 && (v.tokens[first + 1]?.word.length ?? 0) === 1
    && !GLUE_FUNCTION_TAGS.has((v.tokens[first + 1] as Token).tag) && LIST_CLOSE.has(v.text[c.end] as string)) score += 1.5;
  if (t.end === c.mid) score += NAME_TAGS.has(t.tag) ? 1 : CONJUNCTION_TAGS.has(t.tag) ? -3 : 0;
  else if (t.end < c.mid) return -3;
  else if (t.tag !== 'x' && !NAME_TAGS.has(t.tag) && t.word.length >= 2) score -= 2; // surname glued into a word (方面)
  if (tokenEndingAt(v.sentence, c.end) < 0) {
    const last = tokenAt(v, c.end - 1);
    // jieba glued the name's last character to a function character after it (唐某/x 千为/x): the name ends there
    // …or to 在 of a person verb phrase that starts there (某正/在主席台就座 read as 正在), whatever jieba tags the pair
    const gluedTail = last && last.start === c.end - 1 && last.end === c.end + 1 && FUNCTION_TAIL.has(v.text[c.end] as string)
      && (last.tag === 'x' || NAME_TAGS.has(last.tag) || k.verbsAfter.longestMatchAt(v.text, c.end, v.end) !== null);
    score += gluedTail ? 0.5 : last && (last.tag === 'x' || NAME_TAGS.has(last.tag)) ? -1.5 : -3;
  }
  // tokens after the first one that lie inside [max(mid, first token's end), end); tokens are in order
  const from = Math.max(c.mid, t.end);
  for (let n = first + 1; n < v.tokens.length; n++) {
    const tok = v.tokens[n] as Token;
    if (tok.end > c.end) break;
    if (tok.start < from) continue;
    if (NAME_TAGS.has(tok.tag) || tok.tag === 'x') score += 0.75;
    else if (tok.word.length >= 2 && tok.tag !== 'ns' && tok.tag !== 'nz') score -= 1;
  }
  return score;
}

/** Function characters jieba's HMM glues to the surname after them (当/以/但 + 某某: 当许/x, 以朴/x). */
export const GLUED_HEAD: ReadonlySet<string> = new Set([...'当以可但令向胜和与在对被把由给让从将跟同或并而却又也就才使为替叫请派据经']);

/**
 * The span starts inside jieba's token: a name only when that token is an unknown word (x) that glued one
 * function character to the surname (但某某/x, 以某/x 某某/x), and the span ends where a token ends or before one
 * glued function character.
 */
function gluedHeadEvidence(k: Knowledge, v: SentenceView, c: NameCandidate): number {
  const i = tokenCovering(v.sentence, c.start);
  const t = v.tokens[i];
  if (!t || c.start - t.start !== 1) return -3;
  // a function character (但某某/x), or a title's last character (省 + 长沙 + 立群: 省长 + 沙立群), glued to the surname
  const titleTail = (k.titlesBack.longestSuffixEndingAt(v.text, c.start, v.start)?.start ?? c.start) < t.start;
  if (!titleTail && (t.tag !== 'x' || !GLUED_HEAD.has(v.text[t.start] as string))) return -3;
  if (t.end === c.end) return 1.5;
  if (t.end > c.end) return t.end - c.end === 1 && FUNCTION_TAIL.has(v.text[c.end] as string) ? 1 : -3;
  // the name runs on past the glued token over unknown or name tokens that end where it ends
  let at = t.end;
  for (let n = i + 1; at < c.end; n++) {
    const u = v.tokens[n];
    if (!u || (u.tag !== 'x' && !NAME_TAGS.has(u.tag))) return -3;
    at = u.end;
  }
  return at === c.end ? 1 : -3;
}

/** Function characters jieba glues to a name's last character (某某为团长, 某某以抓举, 某某在). */
const FUNCTION_TAIL = new Set([...'为以在的说和是将对向与及等']);

/** Tags of a one-character surname token read as a conjunction, preposition or particle (和/c 某某): no surname. */
const CONJUNCTION_TAGS = new Set(['c', 'p', 'u', 'uj', 'ul', 'uz', 'ud', 'ug', 'uv', 'y', 'e']);

/** Tags of a one-character token that does not end a name: prepositions, particles, adverbs, verbs, pronouns, numbers. */
const GLUE_FUNCTION_TAGS = new Set(['p', 'c', 'u', 'uj', 'ul', 'uz', 'ud', 'ug', 'uv', 'd', 'v', 'vn', 'r', 'm', 'q', 'f', 'y', 'e', 'x', 'zg']);

/** The text is one ordinary dictionary word of two or more characters. */
function isWordToken(text: string): boolean {
  if (text.length < 2) return false;
  const t = segment(text);
  return t.length === 1 && WORD_TAGS.has((t[0] as Token).tag);
}

/** Word tags that make a two-character piece an ordinary word rather than part of a name. */
const WORD_TAGS = new Set(['n', 'v', 'vn', 'a', 'ad', 'an', 'd', 'l', 'i', 'b', 'f', 's', 't']);

/**
 * jieba's dictionary tags some three-character words nr that are ordinary words (a surname character + a word:
 * 高 + 水平, 宣传 + 周). A real name's first two characters are rarely a word of their own, and its given part is
 * rarely a common noun or verb.
 */
function threeCharNameEvidence(word: string): number {
  const head = segment(word.slice(0, 2));
  if (head.length === 1 && WORD_TAGS.has((head[0] as Token).tag)) return -2;
  // a word + a thing's head character (许可 + 证, 吉普 + 车): the thing, whatever jieba tags the head
  if (head.length === 1 && (head[0] as Token).tag !== 'x' && thingHeads().has(word[2] as string)) return -2;
  const tail = segment(word.slice(1));
  if (tail.length === 1 && WORD_TAGS.has((tail[0] as Token).tag) && (tail[0] as Token).tag !== 'nr') return 1.5;
  return 3;
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
 * ends there 0.5; a verb 3 or adverbs + verb 2 with a title 1.5; the strongest after cue).
 */
function contextCeiling(k: Knowledge, cues: Cues, v: SentenceView, c: NameCandidate): number {
  let score = 0;
  const { opening, title, before } = beforeLookups(k, cues, v, c.start);
  if (opening) score += 0.5;
  if (title) score += 3;
  if (before) score += before.value;
  return score + 0.5 + 3.5 + cues.afterCeiling;
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
  const { verb, adverbs, titleAfter, after, placeLevel } = afterLookups(k, cues, v, c.end);
  if (verb) score += 3;
  else if (adverbs) score += 2; // 某某还说, 某某多次表示
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

/** Characters that end place and body names (云杉县, 某某局), never a given name in news. */
const NAME_NEVER_ENDS = charTable('县市区镇乡村省州局委厅署寺庙派岛湖路街巷殿馆杯');

/** Punctuation after a list item or a clause (not a quotation's end: “某某纹” is a thing's name). */
const LIST_CLOSE = new Set([...'，,、。；;']);

/** Punctuation that closes a list item or a clause. */
const CLOSING = new Set([...'，,。；;、：:）)”']);

/** Tags of a one-character token that follows a name rather than ending it. */
const TAIL_FUNCTION_TAGS = new Set(['p', 'c', 'uj', 'ul', 'uz', 'v', 'd']);

/** Honorifics and kin words after a surname: 吴先生 is the surname 吴 plus a word (person.surname-ref), not a name. */
const HONORIFIC_GIVEN = ['某', '先生', '女士', '小姐', '老板', '老师', '大哥', '大姐', '师傅', '太太', '夫人', '阿姨', '同志'];
/** their first characters: most candidates start none of them */
const HONORIFIC_FIRST = charTable(HONORIFIC_GIVEN.map((h) => h[0] as string));

const OLD = '老'.charCodeAt(0);
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
  // a country, world city or division written in full (乌克兰, 伊朗) is a place, not a surname + given name
  const place = k.places.longestMatchAt(v.text, c.start, c.end);
  // a full name, or a short form of three characters or more (a city without its 市), is a place
  const known = place && place.end === c.end && (!place.value.short || c.end - c.start >= 3) ? -20 : 0;
  // 胡老说 is the surname + the honorific 老 (a given name may start with 老, as 叶老桂, but is not 老 alone)
  // a surname that is also a measure or number word, right after a numeral, is that word (３０万人, 这3张照片)
  const counted = c.mid - c.start === 1 && hasCharAt(MEASURE_SURNAMES, v.text, c.start) && /[0-9０-９一二三四五六七八九十百千万两几数多]/.test(v.text[c.start - 1] ?? '') ? -6 : 0;
  const honorific = (hasCharAt(HONORIFIC_FIRST, v.text, c.mid) && HONORIFIC_GIVEN.some((h) => v.text.startsWith(h, c.mid))) || (c.end - c.mid === 1 && v.text.charCodeAt(c.mid) === OLD) ? -10 : 0;
  // a title after a surname (周书记, 王局长) is a surname reference (person-surname-ref.ts), not a given name
  const titled = c.end - c.mid === 2 && k.titles.get(v.text.slice(c.mid, c.end)) !== undefined ? -10 : 0;
  // a preposition or conjunction of its own right after the name (某某在, 某某和) is no given-name character
  const last = tokenAt(v, c.end - 1);
  // …unless punctuation follows: a conjunction or preposition joins nothing there (某清和，秘书长…)
  const closed = c.end === v.end || CLOSING.has(v.text[c.end] as string);
  const glued = last && last.word.length === 1 && last.start === c.end - 1 && c.end - c.mid === 2 && TAIL_FUNCTION_TAGS.has(last.tag) && !closed ? -4 : 0;
  // a compound surname whose first character closes a title (副署长 + 孙某: 长孙) is the title's tail
  const split = c.mid - c.start === 2 && k.titlesBack.longestSuffixEndingAt(v.text, c.start + 1, v.start) ? -5 : 0;
  const cut = leftSurnameCut(k, v, c);
  // a rare surname that is also a function character, before a common surname (但 + 葛某, 以 + 朴某): the function
  // word and the name after it
  const functionHead = c.mid - c.start === 1 && surnameClass !== 'common' && GLUED_HEAD.has(v.text[c.start] as string) && k.surnames.get(v.text[c.mid] as string) === 'common' ? -2 : 0;
  const tokens = tokenEvidence(k, v, c);
  const fixed = surname + given + length + suffix + known + honorific + titled + counted + split + glued + cut + functionHead + tokens;
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
