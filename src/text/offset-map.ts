// Offset maps: a derived text keeps, for every code unit i (and its end, i = length), the index in its source.
// Stages that change length (HTML stripping, line joining, letter-spacing) return one; maps compose.

export interface Mapped {
  /** the derived text */
  text: string;
  /** map[i] = index in the source of derived code unit i; map[text.length] = end of source */
  map: Int32Array;
}

/** The identity mapping for a text that is its own source. */
export function identity(text: string): Mapped {
  const map = new Int32Array(text.length + 1);
  for (let i = 0; i <= text.length; i++) map[i] = i;
  return { text, map };
}

/** inner maps into outer's text; the result maps inner's text into outer's source. */
export function compose(outer: Mapped, inner: Mapped): Mapped {
  const map = new Int32Array(inner.map.length);
  for (let i = 0; i < map.length; i++) map[i] = outer.map[inner.map[i] as number] as number;
  return { text: inner.text, map };
}

/** Span [start, end) of the derived text → span in the source. end maps to just after the last source unit. */
export function toSource(m: Mapped, start: number, end: number): { start: number; end: number } {
  const s = m.map[start] as number;
  const e = end > start ? (m.map[end - 1] as number) + 1 : s;
  return { start: s, end: e };
}

/**
 * Builds a Mapped text piece by piece: push kept source ranges or inserted text. Kept ranges that follow each
 * other in the source are joined into one slice (callers keep a character at a time), and the map grows in a
 * typed array: a long text costs a few slices, not a string and a boxed number per character.
 */
export class MappedBuilder {
  private parts: string[] = [];
  private idx: Int32Array;
  private length = 0;
  /** the kept source range not yet pushed to parts: [runStart, runEnd) */
  private runStart = -1;
  private runEnd = -1;
  /** `expected`: about how long the derived text will be (the map grows past it) */
  constructor(private readonly source: string, expected = 64) {
    this.idx = new Int32Array(Math.max(16, expected + 1));
  }

  /** copy source[start, end) */
  keep(start: number, end: number): void {
    if (end <= start) return;
    if (start !== this.runEnd) {
      this.flush();
      this.runStart = start;
    }
    this.runEnd = end;
    this.room(end - start);
    for (let i = start; i < end; i++) this.idx[this.length++] = i;
  }

  /** emit `text` (same length as or replacing) standing for source position `at` */
  put(text: string, at: number): void {
    this.flush();
    this.parts.push(text);
    this.room(text.length);
    for (let k = 0; k < text.length; k++) this.idx[this.length++] = at;
  }

  build(end: number = this.source.length): Mapped {
    this.flush();
    const map = new Int32Array(this.length + 1);
    map.set(this.idx.subarray(0, this.length));
    map[this.length] = end;
    return { text: this.parts.join(''), map };
  }

  private flush(): void {
    if (this.runStart >= 0) this.parts.push(this.source.slice(this.runStart, this.runEnd));
    this.runStart = -1;
    this.runEnd = -1;
  }

  /** room in the map for `n` more code units */
  private room(n: number): void {
    if (this.length + n <= this.idx.length) return;
    const grown = new Int32Array(Math.max(this.idx.length * 2, this.length + n));
    grown.set(this.idx.subarray(0, this.length));
    this.idx = grown;
  }
}
