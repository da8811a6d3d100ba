// Former posts: 原 written before a post or its body (原县委副书记, 某县原交通运输局副局长, 某局原党组书记、局长) says
// the person held it before the article's date. The graph's HOLDS_POSITION is a post held when the article was
// written, so such posts are not positions (docs/design-choices.md § "Former posts"); the person stays a mention.
import type { Found, Sentence } from '../types.js';
import { tokenStartingAt } from '../tokens.js';
import { foundIn } from './context.js';
import { BEFORE_FORMER, FORMER_UNIT as FORMER } from '../../text/former-marks.js';

/** What 原 marks as former: a body, a place or a post starting right after it. */
const MARKED = ['organization', 'place', 'position'];

/**
 * Whether text[start, end) — one piece of a chain of posts — holds the mark of a former post: 原 right before a body,
 * a place or a post found, at the piece's start or after a region level or a body's last character (县原, 局原).
 * 太原, 平原县, 原子能机构 hold 原 inside a word: nothing found starts right after that 原, or 太 and 平 end nothing
 * and no word of jieba's begins at 原.
 */
export function formerPiece(text: string, found: readonly Found[], start: number, end: number, sentence: Sentence): boolean {
  // (read within the piece only: a search of the text would run on to its end for every piece)
  for (let i = start; i < end - 1; i++) {
    if (text.charCodeAt(i) !== FORMER) continue;
    // (…or where a word of jieba's begins with it, after a verb or a preposition: 邀请 + 原 + 某县委书记)
    if (i !== start && !BEFORE_FORMER.has(text.charCodeAt(i - 1)) && tokenStartingAt(sentence, i) < 0) continue;
    if (MARKED.some((type) => foundIn(found, i + 1, end, type).some((f) => f.start === i + 1))) return true;
  }
  return false;
}
