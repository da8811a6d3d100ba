// What a paper prints in brackets right after a name, each a sure sign of a person: the person's posts
// (黄某（县人民医院院长）、李某（镇党委书记）先后发言; 主持人：龙某（村党支部书记、村委会主任）), split at 、 as a chain
// before a name is, or a photograph caption's place (某某（右二）). Only the pieces are found here:
// relate/positions.ts reads each piece as it reads a piece before a name, and takes the brackets only when every
// piece is a post (not 女, 特邀, 一等奖 …); recognise/person-score.ts takes either kind as a cue for the name before.

/** The longest bracket after a name that is read as posts (a body's full name and a post or two). */
const MAX_INSIDE = 40;
const OPENING = new Set(['（', '(']);
const CLOSING = new Set(['）', ')']);
/** Marks that never stand inside a list of posts: the brackets hold something else (a remark, a quotation). */
const NOT_IN_POSTS = new Set([...'，,。；;：:“”"《》！？!?（(']);

/** A bracket opens at `at`. */
export function opensBracketAt(text: string, at: number): boolean {
  return OPENING.has(text[at] as string);
}

/** The pieces [start, end) of the bracket right after `nameEnd`, split at 、 (and 兼), or null when none stands there. */
export function bracketPieces(text: string, nameEnd: number, sentenceEnd: number): { start: number; end: number }[] | null {
  if (!opensBracketAt(text, nameEnd)) return null;
  const limit = Math.min(sentenceEnd, nameEnd + 1 + MAX_INSIDE + 1);
  let close = -1;
  for (let i = nameEnd + 1; i < limit; i++) {
    const ch = text[i] as string;
    if (CLOSING.has(ch)) { close = i; break; }
    if (NOT_IN_POSTS.has(ch)) return null;
  }
  if (close < 0 || close - nameEnd < 3) return null;
  const pieces: { start: number; end: number }[] = [];
  let from = nameEnd + 1;
  for (let i = from; i <= close; i++) {
    if (i === close || text[i] === '、' || text[i] === '兼') {
      if (i === from) return null;
      pieces.push({ start: from, end: i });
      from = i + 1;
    }
  }
  return pieces;
}

/** A photograph's caption places a person in it in brackets after the name (某某（右二）, 某某（左一）, 某某（中）). */
const PHOTO_PLACE = /^[（(](?:[左右前后]排)?(?:[左右][一二三四五六七八九]|中|居中)[）)]/;

/** A caption's place in the photograph stands in brackets at `at`. */
export function photoPlaceAt(text: string, at: number): boolean {
  return PHOTO_PLACE.test(text.slice(at, at + 8));
}
