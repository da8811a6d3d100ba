// Where an organisation or company name begins: from its suffix, walk left over the tokens that can be
// part of a name (places, nouns, brand words, unknown words) and stop at anything that cannot
// (punctuation, verbs, prepositions, numbers, function words, a person found earlier).
import type { Token } from '../types.js';

/** jieba tags that can sit inside a name: nouns of all kinds, abbreviations, unknown words, distinguishing words. */
const NAME_PART_TAGS = new Set(['n', 'nr', 'nrt', 'nrfg', 'ns', 'nt', 'nz', 'j', 'x', 'vn', 'b', 'an', 'ng', 'l', 'i', 's', 'f', 'eng', 'mq']);

/** Words that look like nouns to jieba but end a name on their left (we, this, all …). */
const STOP_WORDS = new Set([
  '我', '我们', '你', '他', '她', '他们', '其', '该', '本', '这', '那', '此', '各', '全', '等', '和', '与', '及', '或',
  '同时', '目前', '近日', '日前', '今年', '去年', '明年', '今天', '昨天', '其中', '以及', '还有', '记者', '通讯员',
  '由', '在', '对', '向', '从', '被', '将', '把', '为', '是', '有', '了', '的', '之', '所', '据', '经', '到', '给', '让',
]);

/** True when a token may be part of a name on the suffix's left. */
export function isNamePart(t: Token): boolean {
  if (STOP_WORDS.has(t.word)) return false;
  if (!NAME_PART_TAGS.has(t.tag)) return false;
  if (t.tag === 'x' && !/^[\u4e00-\u9fffA-Za-z0-9]+$/.test(t.word)) return false; // punctuation comes tagged x
  return true;
}

/** The token index holding offset `at` (tokens sorted, contiguous); -1 when none. */
export function tokenIndexAt(tokens: readonly Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid] as Token;
    if (at < t.start) hi = mid - 1;
    else if (at >= t.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

export interface ExtentOptions {
  /** tokens that may not be absorbed (a person found earlier, a title) */
  blocked?: (t: Token) => boolean;
  /** at most this many characters before the suffix */
  maxChars?: number;
  /** at most this many tokens before the suffix */
  maxTokens?: number;
  /** tags that may sit INSIDE a name but not begin it (洗涤 in 某某洗涤电器有限公司) */
  inner?: ReadonlySet<string>;
}

/**
 * One-character tokens jieba leaves when it cannot read an unknown place or brand (红 + 石崖, 云杉 + 县): an
 * adjective or bound morpheme of one Han character is a name part when a name part follows it.
 */
const SINGLE_CHAR_TAGS = new Set(['a', 'ag', 'zg', 'ng', 'vg', 'tg', 'dg', 'rg', 'yg', 'k', 'h', 'g']);

function isSingleCharPart(t: Token): boolean {
  return t.word.length === 1 && SINGLE_CHAR_TAGS.has(t.tag) && !STOP_WORDS.has(t.word) && /[\u4e00-\u9fff]/.test(t.word);
}

/** The start of a name whose suffix starts at `suffixStart`: the token holding it, then name parts leftwards. */
export function nameStart(tokens: readonly Token[], suffixStart: number, floor: number, opts: ExtentOptions = {}): number {
  const maxChars = opts.maxChars ?? 16;
  const maxTokens = opts.maxTokens ?? 5;
  const i0 = tokenIndexAt(tokens, suffixStart);
  if (i0 < 0) return suffixStart;
  let start = (tokens[i0] as Token).start;
  let used = 0;
  for (let i = i0 - 1; i >= 0 && used < maxTokens; i--) {
    const t = tokens[i] as Token;
    if (t.start < floor || opts.blocked?.(t) || suffixStart - t.start > maxChars) break;
    used++;
    if (isNamePart(t) || isSingleCharPart(t)) { start = t.start; continue; }
    if (!opts.inner?.has(t.tag) || STOP_WORDS.has(t.word)) break;
    // an inner word: the name goes on only if a real name part stands further left
  }
  return start;
}
