// Searches for one character inside a range of a text. `text.indexOf(ch, from)` runs on to the end of the text
// (and `lastIndexOf` back to its start) when the character is not in the range: once per sentence or per find,
// that is quadratic in a long article where the character is rare.

/** The first index of the one-unit `ch` in [from, to), or -1. */
export function indexWithin(text: string, ch: string, from: number, to: number): number {
  const c = ch.charCodeAt(0);
  const end = Math.min(to, text.length);
  for (let i = Math.max(from, 0); i < end; i++) if (text.charCodeAt(i) === c) return i;
  return -1;
}

/** The last index of the one-unit `ch` in [from, to), or -1. */
export function lastIndexWithin(text: string, ch: string, from: number, to: number): number {
  const c = ch.charCodeAt(0);
  const floor = Math.max(from, 0);
  for (let i = Math.min(to, text.length) - 1; i >= floor; i--) if (text.charCodeAt(i) === c) return i;
  return -1;
}

/** The last index in [from, to) of either one-unit character `a` or `b`, or -1 (one scan for both). */
export function lastIndexOfEither(text: string, a: string, b: string, from: number, to: number): number {
  const ca = a.charCodeAt(0);
  const cb = b.charCodeAt(0);
  const floor = Math.max(from, 0);
  for (let i = Math.min(to, text.length) - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (c === ca || c === cb) return i;
  }
  return -1;
}
