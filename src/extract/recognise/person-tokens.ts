// Evidence from jieba's tokens for a candidate personal name (person-score.ts): whether the span is one token
// jieba reads as a name, a word that merely starts with a surname, an unknown word it glued, or a name glued to a
// function character or a title's last character on either side.
import type { Token } from '../types.js';
import { tokenCovering, tokenEndingAt, tokenStartingAt } from '../tokens.js';
import { segment } from '../../text/segment.js';
import type { Knowledge } from './knowledge.js';
import { thingHeads } from './thing-heads.js';
import type { NameCandidate, SentenceView } from './person-score.js';

/** Tags jieba gives to names it knows (nr, nrfg, nrt). */
const NAME_TAGS = new Set(['nr', 'nrfg', 'nrt']);

/** Punctuation after a list item or a clause (not a quotation's end: “某某纹” is a thing's name). */
const LIST_CLOSE = new Set([...'，,、。；;']);

/** The token that covers offset `at`. */
export function tokenAt(v: SentenceView, at: number): Token | undefined {
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
    if (t.tag === 'x' && t.end - c.end === 1 && (FUNCTION_TAIL.has(v.text[c.end] as string) || speechAfter(v, c.end))) return 1;
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
export const GLUED_HEAD: ReadonlySet<string> = new Set([...'当以可但令向胜和与在对被把由给让从将跟同或并而却又也就才使为替叫请派据经受']);

/**
 * The span starts inside jieba's token: a name only when that token is an unknown word (x) that glued one
 * function character to the surname (但某某/x, 以某/x 某某/x), or a word of three characters tagged a name that did so
 * (由李强/nr), and the span ends where a token ends or before one
 * glued function character.
 */
function gluedHeadEvidence(k: Knowledge, v: SentenceView, c: NameCandidate): number {
  const i = tokenCovering(v.sentence, c.start);
  const t = v.tokens[i];
  if (!t || c.start - t.start !== 1) return -3;
  // a function character (但某某/x), or a title's last character (省 + 长沙 + 立群: 省长 + 沙立群), glued to the surname
  const titleTail = (k.titlesBack.longestSuffixEndingAt(v.text, c.start, v.start)?.start ?? c.start) < t.start;
  if (!titleTail && (!(t.tag === 'x' || (t.tag === 'nr' && t.word.length === 3)) || !GLUED_HEAD.has(v.text[t.start] as string))) return -3;
  if (t.end === c.end) return 1.5;
  if (t.end > c.end) return t.end - c.end === 1 && FUNCTION_TAIL.has(v.text[c.end] as string) ? 1 : -3;
  // the name runs on past the glued token over unknown or name tokens that end where it ends
  let at = t.end;
  for (let n = i + 1; at < c.end; n++) {
    const u = v.tokens[n];
    if (!u || (u.tag !== 'x' && !NAME_TAGS.has(u.tag))) return gluedSurnameOnly(v, c, t, i, titleTail) ? 0 : -3;
    at = u.end;
  }
  return at === c.end ? 1 : -3;
}

/**
 * A function character glued to the surname alone (由王/x 立新/d, 由何/x 平安/a): jieba read the two-character given
 * name as the word after it, whatever word that is. Neutral evidence: the words around the span decide.
 */
function gluedSurnameOnly(v: SentenceView, c: NameCandidate, t: Token, i: number, titleTail: boolean): boolean {
  return !titleTail && t.end === c.mid && c.end - c.mid === 2 && v.tokens[i + 1]?.end === c.end;
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

/** 作/做 at `at` opens a speech (某某作/x 交流发言, 作视频讲话): jieba glued 作 to the name before it. */
function speechAfter(v: SentenceView, at: number): boolean {
  return speechOpensAt(v.text, at, v.end);
}

/** 作/做 at `at` is the light verb of a speech whose object stands before its noun (作院长工作报告, 做了交流发言). */
export function speechOpensAt(text: string, at: number, end: number): boolean {
  const ch = text[at];
  return (ch === '作' || ch === '做') && SPEECH_AFTER_ZUO.test(text.slice(at + 1, Math.min(end, at + 14)));
}

/** what follows 作 in a speech: 报告, 讲话, 发言, 说明, 致辞, 演讲 within a few words */
const SPEECH_AFTER_ZUO = /^(?:了)?[^，。；：]{0,10}?(?:报告|讲话|发言|说明|致辞|演讲)/;
