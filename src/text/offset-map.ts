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

/** Builds a Mapped text piece by piece: push kept source ranges or inserted text. */
export class MappedBuilder {
  private parts: string[] = [];
  private idx: number[] = [];
  constructor(private readonly source: string) {}

  /** copy source[start, end) */
  keep(start: number, end: number): void {
    for (let i = start; i < end; i++) {
      this.parts.push(this.source[i] as string);
      this.idx.push(i);
    }
  }

  /** emit `text` (same length as or replacing) standing for source position `at` */
  put(text: string, at: number): void {
    for (const ch of text) {
      for (let k = 0; k < ch.length; k++) {
        this.parts.push(ch[k] as string);
        this.idx.push(at);
      }
    }
  }

  build(end: number = this.source.length): Mapped {
    const map = new Int32Array(this.idx.length + 1);
    map.set(this.idx);
    map[this.idx.length] = end;
    return { text: this.parts.join(''), map };
  }
}
