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

/** Tags of tokens that end no name: conjunctions, particles, prepositions, adverbs, idioms. */
const FUNCTION_TAGS = new Set(['c', 'u', 'uj', 'ul', 'uz', 'p', 'd', 'i', 'y', 'e', 'r']);

/** A suffix occupying [suffixStart, e) ends a name. */
export function validSuffixEnd(tokens: readonly Token[], suffixStart: number, e: number, text: string, k: Knowledge): boolean {
  if (!isBoundary(tokens, e, text, k)) return false;
  const i = tokenIndexAt(tokens, e - 1);
  const t = tokens[i] as Token;
  // a function word (所/c in 某某所采取的) or an idiom (不足之处/i) is no body's name
  if (FUNCTION_TAGS.has(t.tag)) return false;
  // a post (常委, 政委) ends a position, not a body
  if (t.end === e && t.start <= suffixStart && k.titles.has(t.word)) return false;
  if (t.start >= suffixStart) return true; // the suffix starts a token of its own: 区/商务局 or 海牛/队
  // the suffix is the tail of a longer token: fine for name-like tokens and region levels (县委, 市政府)
  if (NAME_TAGS.has(t.tag)) return true;
  const head = text.slice(t.start, suffixStart);
  if (head.length === 1 && REGION_CHARS.has(head)) return true;
  return e - t.start >= 4 && suffixStart - t.start >= 2; // 宣传部长-like long tokens; 干部/全部 are refused
}
