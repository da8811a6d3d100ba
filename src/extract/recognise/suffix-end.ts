// Whether a suffix match really ends a name here: jieba must not have read the suffix character as part
// of a longer common word (全部, 干部, 常委, 好处, 学科 end in 部/委/处/科 but name no body).
import type { Token } from '../types.js';
import type { Knowledge } from './knowledge.js';
import { tokenIndexAt } from './name-extent.js';

/** Characters that make a region level: 省委, 市委, 县政府, 区委 … */
const REGION_CHARS = new Set(['省', '市', '县', '区', '镇', '乡', '州', '盟', '旗', '村', '军', '团', '师']);

/** Tags of tokens that are themselves names (so a suffix inside them is part of a name). */
const NAME_TAGS = new Set(['nt', 'ns', 'nz', 'j', 'x', 'nr', 'nrt']);

/** e is a token boundary, or a title starts at e (县委书记 is one jieba token), or e ends the text. */
export function isBoundary(tokens: readonly Token[], e: number, text: string, k: Knowledge): boolean {
  const i = tokenIndexAt(tokens, e - 1);
  if (i < 0) return false;
  const t = tokens[i] as Token;
  if (t.end === e) return true;
  return k.titles.longestMatchAt(text, e, t.end) !== null && k.titles.longestMatchAt(text, e, t.end)?.end === t.end;
}

/** Words for a body's members that jieba glues to its last character (中心|组成员/l: 中心组 + 成员). */
const MEMBERS = ['成员'];

/** The token holding e - 1 is the body's last character and a word for its members (组成员). */
function membersAfter(tokens: readonly Token[], e: number, text: string): boolean {
  const t = tokens[tokenIndexAt(tokens, e - 1)];
  return t !== undefined && t.start === e - 1 && MEMBERS.includes(text.slice(e, t.end));
}

/** Tags of tokens that end no name: conjunctions, particles, prepositions, adverbs, idioms. */
const FUNCTION_TAGS = new Set(['c', 'u', 'uj', 'ul', 'uz', 'p', 'd', 'i', 'y', 'e', 'r']);

/** Tags of a one-character token that is no body suffix there. */
const NOT_A_SUFFIX_TAGS = new Set(['v', 'vd', 'vn', 'd', 'p', 'c', 'u', 'uj', 'ul', 'r', 'm', 'q', 'f', 'zg']);

/**
 * A suffix occupying [suffixStart, e) ends a name. `beforeSlotPost`: a post whose holder was read in its slot starts
 * at `e`; a body may then end there though jieba read across it (中/学校/长江 of 中学 + 校长 + 江某), and a one-character
 * suffix jieba reads as a verb is none the less a suffix (巡察/办/v + 主任 + a name: a verb takes no post after it).
 */
export function validSuffixEnd(tokens: readonly Token[], suffixStart: number, e: number, text: string, k: Knowledge, beforeSlotPost = false): boolean {
  if (!beforeSlotPost && !isBoundary(tokens, e, text, k) && !membersAfter(tokens, e, text)) return false;
  const i = tokenIndexAt(tokens, e - 1);
  const t = tokens[i] as Token;
  // a function word (所/c in 某某所采取的) or an idiom (不足之处/i) is no body's name; a short office jieba calls an idiom
  // (扶贫办/i) is one
  if (FUNCTION_TAGS.has(t.tag) && !(t.tag === 'i' && t.word.length <= 3 && t.end === e && SHORT_OFFICE.has(text.slice(suffixStart, e)))) return false;
  // a post (常委, 政委) ends a position, not a body
  if (t.end === e && t.start <= suffixStart && k.titles.has(t.word)) return false;
  // a one-character suffix that jieba reads as a verb or a particle on its own (办/v 了好事, 站/v 起来, 所/u) is none,
  // unless it is the short form of a body's office and nothing a verb takes follows it (县金融办/v、, 巡察办/v和)
  // (the body must then be named after a region: shortOfficeVerb)
  if (!beforeSlotPost && t.start === suffixStart && t.end === e && e - suffixStart === 1 && NOT_A_SUFFIX_TAGS.has(t.tag)
    && !(SHORT_OFFICE.has(t.word) && closedAfter(tokens, i, text, k))) return false;
  if (t.start >= suffixStart) return true; // the suffix starts a token of its own: 区/商务局 or 海牛/队
  // the suffix is the tail of a longer token: a common word ending there (干部, 格局, 客厅 in 党员干部) names no body
  if (endsInTailStop(k, text, e, t.tag === 'nt' && t.end === e)) return false;
  // fine for name-like tokens and region levels (县委, 市政府)
  if (NAME_TAGS.has(t.tag)) return true;
  const head = text.slice(t.start, suffixStart);
  if (head.length === 1 && REGION_CHARS.has(head)) return true;
  // a word of two or more characters before the suffix (文化局, 啤酒厂, 宣传部长); 全部/好处 are refused above
  return suffixStart - t.start >= 2;
}

/**
 * One-character suffixes that shorten 办公室 (金融办, 网信办, 巡察办) and that jieba reads as the verb 办 on its own: a
 * suffix where no object follows (a verb 办 takes one: 办了好事, 办实事).
 */
const SHORT_OFFICE = new Set(['办']);
/** Conjunctions that join bodies in a list (甲办和乙局). */
const JOINING = new Set(['和', '与', '及', '、']);

/**
 * The suffix at [suffixStart, e) is such a short form that jieba read as a verb: validSuffixEnd takes it only where
 * nothing a verb takes follows, and the body it ends must be named after a region (县金融办, 市委巡察办 — not 接诉即办,
 * 当成自己的事来办).
 */
export function shortOfficeVerb(tokens: readonly Token[], suffixStart: number, e: number): boolean {
  const t = tokens[tokenIndexAt(tokens, suffixStart)];
  return t !== undefined && t.start === suffixStart && t.end === e && SHORT_OFFICE.has(t.word) && NOT_A_SUFFIX_TAGS.has(t.tag);
}

/**
 * Nothing a verb would take follows tokens[i]: a mark, a conjunction, a title (主任), the sentence's end, or a verb of
 * two characters or more whose subject the body is (金融办召开, 巡察办联合): 办 takes a one-character complement
 * (办好, 办完, 办成) or an object, never such a verb.
 */
function closedAfter(tokens: readonly Token[], i: number, text: string, k: Knowledge): boolean {
  const next = tokens[i + 1];
  if (!next) return true;
  if (JOINING.has(next.word) || (next.tag === 'x' && /^[，,。；;：:！!？?）)」”]$/.test(next.word))) return true;
  if (next.tag === 'v' && next.word.length >= 2) return true;
  return k.titles.longestMatchAt(text, next.start) !== null;
}

/** Posts written glued to their ministry or bureau, sharing its last character (国防部长, 公安局长, 财政厅长). */
const GLUED_POSTS = new Set(['部长', '局长', '厅长', '社长', '会长', '行长', '馆长', '署长']);

/**
 * A body's name whose last character also starts a post glued to it (国防部 + 部长 in 国防部长, 宣传部 + 部长):
 * jieba reads one word, the post ends on a token boundary. Returns the post's end, or -1.
 */
export function titleAfterSuffix(tokens: readonly Token[], suffixStart: number, e: number, text: string, k: Knowledge): number {
  if (!GLUED_POSTS.has(text.slice(e - 1, e + 1))) return -1;
  // 局局长 is a body and its post; 副部长 is a deputy's post
  const before = text[e - 2];
  if (before === undefined || before === text[e - 1] || before === '副') return -1;
  const title = k.titles.longestMatchAt(text, e - 1);
  if (!title || title.end - title.start < 2 || !isBoundary(tokens, title.end, text, k)) return -1;
  const t = tokens[tokenIndexAt(tokens, e - 1)] as Token;
  if (t.start > suffixStart || t.end < e) return -1;
  // 干部长? a common word ending at the suffix refuses it as in validSuffixEnd
  if (k.orgStops.get(text.slice(e - 2, e)) === 'tail') return -1;
  const head = text.slice(t.start, suffixStart);
  if (t.start < suffixStart && head.length < 2 && !REGION_CHARS.has(head)) return -1;
  return title.end;
}

/**
 * A common word of org-stopwords.tsv ends at `e` that refuses the longer word holding it (格局, 干部, 客厅: scope
 * `tail`), or (scope `tail-not-nt`: 政局, 全局) refuses it unless jieba reads that word as an organisation's
 * (`orgWord`: 财政局, 民政局 and 邮政局 end in 政局, 安全局 in 全局).
 */
export function endsInTailStop(k: Knowledge, text: string, e: number, orgWord: boolean): boolean {
  return refuses(k.orgStops.get(text.slice(Math.max(0, e - 2), e)), orgWord) || refuses(k.orgStops.get(text.slice(Math.max(0, e - 3), e)), orgWord);
}

function refuses(scope: string | undefined, orgWord: boolean): boolean {
  return scope === 'tail' || (scope === 'tail-not-nt' && !orgWord);
}

/** The whole name is a generic noun ending in a body suffix (军队, 党组织, 地方政府, 市政府): no body. */
export function isGenericBody(name: string, k: Knowledge): boolean {
  return k.orgStops.has(name);
}
