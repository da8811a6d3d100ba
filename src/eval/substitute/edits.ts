// Edits of a text (replace [start, end) by a new string) and the map of old positions to new ones.
// The substitution tier rewrites an article with them and moves the golden offsets the same way.

export interface Edit {
  start: number;
  end: number;
  text: string;
}

export interface Rewritten {
  text: string;
  /** old position → new position; undefined for a position strictly inside an edit (no image) */
  at(pos: number): number | undefined;
}

/** Applies non-overlapping edits (any order) to text. Overlapping edits are a bug of the caller: they throw. */
export function applyEdits(text: string, edits: readonly Edit[]): Rewritten {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  // for each edit: its old start/end and the shift of positions at or after its end
  const starts: number[] = [];
  const ends: number[] = [];
  const shifts: number[] = [];
  let last = 0;
  let shift = 0;
  for (const e of sorted) {
    if (e.start < last) throw new Error(`applyEdits: overlapping edits at ${e.start}`);
    parts.push(text.slice(last, e.start), e.text);
    starts.push(e.start);
    ends.push(e.end);
    shift += e.text.length - (e.end - e.start);
    shifts.push(shift);
    last = e.end;
  }
  parts.push(text.slice(last));
  return {
    text: parts.join(''),
    at(pos: number): number | undefined {
      // the last edit that starts before pos (binary search)
      let lo = 0;
      let hi = starts.length - 1;
      let k = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if ((starts[mid] as number) < pos) { k = mid; lo = mid + 1; } else hi = mid - 1;
      }
      if (k < 0) return pos;
      if (pos < (ends[k] as number)) return undefined;
      return pos + (shifts[k] as number);
    },
  };
}
