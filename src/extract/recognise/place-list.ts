// place.list: a list of short names closed by 等 + a place word names places (松涛、鹭湖、青石等镇街;
// 甲、乙等地). Each item is one jieba token (or two that together have at most four characters).
import type { Found, Sentence, Token } from '../types.js';
import type { Knowledge } from './knowledge.js';
import { tokenIndexAt } from './name-extent.js';
import { indexWithin } from '../text-search.js';

/** Words after 等 that say the listed items are places. */
const CLOSERS = ['镇街', '镇', '街道', '乡镇', '地', '县', '市', '区', '县区', '区县', '县市', '乡', '村', '省', '省市', '国', '城市', '社区', '街镇'];

export function placeList(text: string, s: Sentence, _k: Knowledge): Found[] {
  const out: Found[] = [];
  // only where 等 stands: jump from one to the next
  for (let i = indexWithin(text, '等', s.start, s.end); i >= 0; i = indexWithin(text, '等', i + 1, s.end)) {
    // the closer is a word of its own (等国 + 际 is no closer: 等国际著名通讯社)
    if (!CLOSERS.some((c) => text.startsWith(c, i + 1) && endsToken(s.tokens, i + 1 + c.length))) continue;
    for (const item of listItemsBefore(text, s, i)) {
      out.push({ type: 'place', start: item.start, end: item.end, text: text.slice(item.start, item.end), rule: 'place.list' });
    }
  }
  return out;
}

/** The 、-separated items ending at `end` (exclusive), last first. */
function listItemsBefore(text: string, s: Sentence, end: number): { start: number; end: number }[] {
  const items: { start: number; end: number }[] = [];
  let e = end;
  for (;;) {
    const start = itemStart(text, s.tokens, e, s.start);
    if (start < 0) break;
    items.push({ start, end: e });
    if (text[start - 1] !== '、') break;
    e = start - 1;
  }
  return items.length >= 2 ? items : [];
}

function itemStart(text: string, tokens: readonly Token[], e: number, floor: number): number {
  const i = tokenIndexAt(tokens, e - 1);
  if (i < 0) return -1;
  const last = tokens[i] as Token;
  if (last.end !== e || !/^[\u4e00-\u9fff]+$/.test(last.word)) return -1;
  let start = last.start;
  const prev = tokens[i - 1];
  if (e - start < 2 && prev && prev.start >= floor && /^[\u4e00-\u9fff]+$/.test(prev.word)) start = prev.start;
  const n = e - start;
  return n >= 2 && n <= 4 ? start : -1;
}

/** Some token ends exactly at `at`. */
function endsToken(tokens: readonly Token[], at: number): boolean {
  const t = tokens[tokenIndexAt(tokens, at - 1)];
  return t !== undefined && t.end === at;
}
