// Look-ups by offset over a list of spans (finds, sentences), built once: the spans inside a range, whether one
// overlaps a range, the spans that start or end at an offset. Each answers as the scan it replaces
// (`list.filter(…)`, `list.some(…)`, `list.find(…)`), in the list's own order, but in time that does not grow with
// the list: a long article has tens of thousands of finds, and a scan per sentence or per find is quadratic.
// The list must not change while the index is in use (an index of a list that grew is built again: spanIndex).

export interface SpanLike {
  start: number;
  end: number;
}

export class SpanIndex<T extends SpanLike> {
  /** positions in `items`, sorted by start (stable: list order among equal starts) */
  private readonly byStart: Int32Array;
  /** the list is sorted by start already: answers need no sorting back into list order */
  private readonly sorted: boolean;
  private starting: Map<number, T[]> | undefined;
  private ending: Map<number, T[]> | undefined;
  /** covered[i] = how many offsets before i some span covers (prefix sums), built on the first overlap query of a
   * list with a span longer than DENSE_FROM */
  private covered: Int32Array | undefined;
  /** an empty span overlaps a range it lies strictly inside, which no covered offset shows */
  private readonly hasEmpty: boolean;
  /** the longest span's length: a span holding an offset starts at most this far before it */
  private readonly longest: number;

  constructor(readonly items: readonly T[]) {
    const order = Array.from(items.keys());
    let sorted = true;
    for (let i = 1; i < items.length; i++) if ((items[i] as T).start < (items[i - 1] as T).start) { sorted = false; break; }
    if (!sorted) order.sort((a, b) => (items[a] as T).start - (items[b] as T).start || a - b);
    this.byStart = Int32Array.from(order);
    this.sorted = sorted;
    this.hasEmpty = items.some((x) => x.end <= x.start);
    this.longest = items.reduce((n, x) => Math.max(n, x.end - x.start), 0);
  }

  /** `items.filter((x) => x.start >= start && x.end <= end)`, optionally of one type, in list order. */
  within(start: number, end: number, keep?: (x: T) => boolean): T[] {
    const at: number[] = [];
    for (let k = this.firstStartingFrom(start); k < this.byStart.length; k++) {
      const i = this.byStart[k] as number;
      const x = this.items[i] as T;
      if (x.start > end) break;
      if (x.end <= end && (!keep || keep(x))) at.push(i);
    }
    if (!this.sorted) at.sort((a, b) => a - b);
    return at.map((i) => this.items[i] as T);
  }

  /** `items.some((x) => x.start <= start && x.end >= end)`: some span holds the range. */
  containing(start: number, end: number): boolean {
    for (let k = this.firstStartingFrom(start - this.longest); k < this.byStart.length; k++) {
      const x = this.items[this.byStart[k] as number] as T;
      if (x.start > start) break;
      if (x.end >= end) return true;
    }
    return false;
  }

  /** `items.some((x) => x.start < end && start < x.end)`. */
  overlaps(start: number, end: number): boolean {
    // an empty range, or an empty span in the list: the scan itself (neither happens with finds and tokens)
    if (end <= start || this.hasEmpty) return this.items.some((x) => x.start < end && start < x.end);
    if (this.longest > DENSE_FROM) {
      const covered = (this.covered ??= coverage(this.items));
      const last = covered.length - 1;
      return (covered[Math.min(end, last)] as number) - (covered[Math.min(Math.max(start, 0), last)] as number) > 0;
    }
    // a span that overlaps starts before `end` and less than `longest` before `start`
    for (let k = this.firstStartingFrom(start - this.longest + 1); k < this.byStart.length; k++) {
      const x = this.items[this.byStart[k] as number] as T;
      if (x.start >= end) break;
      if (x.end > start) return true;
    }
    return false;
  }

  /** The spans that start at `at`, in list order. */
  startingAt(at: number): readonly T[] {
    this.starting ??= byOffset(this.items, (x) => x.start);
    return this.starting.get(at) ?? [];
  }

  /** The spans that end at `at`, in list order. */
  endingAt(at: number): readonly T[] {
    this.ending ??= byOffset(this.items, (x) => x.end);
    return this.ending.get(at) ?? [];
  }

  /** The first position in byStart whose span starts at or after `at`. */
  private firstStartingFrom(at: number): number {
    let lo = 0;
    let hi = this.byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.items[this.byStart[mid] as number] as T).start < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/**
 * Spans up to this long are found by their starts (a few reads around the range); a list holding a longer one
 * is answered from a covered-offset count over the whole text instead, so that no query reads far.
 */
const DENSE_FROM = 256;

const built = new WeakMap<readonly SpanLike[], { length: number; index: SpanIndex<SpanLike> }>();

/** The index of a list, built on first use and kept while the list lives (built again when the list has grown). */
export function spanIndex<T extends SpanLike>(items: readonly T[]): SpanIndex<T> {
  const known = built.get(items);
  if (known && known.length === items.length) return known.index as unknown as SpanIndex<T>;
  const index = new SpanIndex(items);
  built.set(items, { length: items.length, index: index as unknown as SpanIndex<SpanLike> });
  return index;
}

/** Prefix sums of "some span covers this offset" (a difference array, then two running sums). */
function coverage(items: readonly SpanLike[]): Int32Array {
  let size = 0;
  for (const x of items) size = Math.max(size, x.end);
  const depth = new Int32Array(size + 1);
  for (const x of items) {
    if (x.end <= x.start) continue;
    depth[Math.max(x.start, 0)]++;
    depth[x.end]--;
  }
  const covered = new Int32Array(size + 1);
  let open = 0;
  for (let i = 0; i < size; i++) {
    open += depth[i] as number;
    covered[i + 1] = (covered[i] as number) + (open > 0 ? 1 : 0);
  }
  return covered;
}

function byOffset<T>(items: readonly T[], key: (x: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const x of items) {
    const list = out.get(key(x));
    if (list) list.push(x);
    else out.set(key(x), [x]);
  }
  return out;
}

/** The position of the span holding `at` in a list of disjoint spans sorted by start (sentences), or -1. */
export function spanHolding(spans: readonly SpanLike[], at: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid] as SpanLike;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
