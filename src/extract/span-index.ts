// Look-ups by offset over a list of spans (finds, sentences), built once: the spans inside a range, whether one
// overlaps a range, the spans that start or end at an offset. Each answers as the scan it replaces
// (`list.filter(…)`, `list.some(…)`, `list.find(…)`), in the list's own order, but in time that does not grow with
// the list: a long article has tens of thousands of finds, and a scan per sentence or per find is quadratic.
// The list must not change while the index is in use (an index of a list that grew is built again: spanIndex).

export interface SpanLike {
  start: number;
  end: number;
}

/** Up to this many spans, the look-ups are the scans themselves: an ordinary article gains nothing from building. */
export const SMALL = 24;

export class SpanIndex<T extends SpanLike> {
  private built: Built | undefined;
  private starting: Map<number, T[]> | undefined;
  private ending: Map<number, T[]> | undefined;
  /** covered[i] = how many offsets before i some span covers (prefix sums), built on the first overlap query of a
   * list with a span longer than DENSE_FROM */
  private covered: Int32Array | undefined;

  constructor(readonly items: readonly T[]) {}

  /** `items.filter((x) => x.start >= start && x.end <= end)`, optionally of one type, in list order. */
  within(start: number, end: number, keep?: (x: T) => boolean): T[] {
    if (this.items.length <= SMALL) return this.items.filter((x) => x.start >= start && x.end <= end && (!keep || keep(x)));
    const b = this.build();
    const at: number[] = [];
    for (let k = firstStartingFrom(this.items, b, start); k < this.items.length; k++) {
      const i = nth(b, k);
      const x = this.items[i] as T;
      if (x.start > end) break;
      if (x.end <= end && (!keep || keep(x))) at.push(i);
    }
    if (b.byStart !== null) at.sort((x, y) => x - y);
    return at.map((i) => this.items[i] as T);
  }

  /** `items.some((x) => x.start <= start && x.end >= end)`: some span holds the range. */
  containing(start: number, end: number): boolean {
    if (this.items.length <= SMALL) return this.items.some((x) => x.start <= start && x.end >= end);
    const b = this.build();
    for (let k = firstStartingFrom(this.items, b, start - b.longest); k < this.items.length; k++) {
      const x = this.items[nth(b, k)] as T;
      if (x.start > start) break;
      if (x.end >= end) return true;
    }
    return false;
  }

  /** `items.some((x) => x.start < end && start < x.end)`. */
  overlaps(start: number, end: number): boolean {
    // a short list, an empty range, or an empty span in the list: the scan itself (no find or token is empty)
    if (this.items.length <= SMALL || end <= start || this.build().hasEmpty) return this.items.some((x) => x.start < end && start < x.end);
    const b = this.build();
    if (b.longest > DENSE_FROM) {
      const covered = (this.covered ??= coverage(this.items));
      const last = covered.length - 1;
      return (covered[Math.min(end, last)] as number) - (covered[Math.min(Math.max(start, 0), last)] as number) > 0;
    }
    // a span that overlaps starts before `end` and less than `longest` before `start`
    for (let k = firstStartingFrom(this.items, b, start - b.longest + 1); k < this.items.length; k++) {
      const x = this.items[nth(b, k)] as T;
      if (x.start >= end) break;
      if (x.end > start) return true;
    }
    return false;
  }

  /** `items.filter((x) => x.start < end && start < x.end)`: the spans overlapping the range, in list order. */
  overlapping(start: number, end: number): T[] {
    if (this.items.length <= SMALL || end <= start || this.build().hasEmpty) return this.items.filter((x) => x.start < end && start < x.end);
    const b = this.build();
    const at: number[] = [];
    for (let k = firstStartingFrom(this.items, b, start - b.longest + 1); k < this.items.length; k++) {
      const i = nth(b, k);
      const x = this.items[i] as T;
      if (x.start >= end) break;
      if (x.end > start) at.push(i);
    }
    if (b.byStart !== null) at.sort((x, y) => x - y);
    return at.map((i) => this.items[i] as T);
  }

  /** The spans that start at `at`, in list order. */
  startingAt(at: number): readonly T[] {
    if (this.items.length <= SMALL) return this.items.filter((x) => x.start === at);
    this.starting ??= byOffset(this.items, (x) => x.start);
    return this.starting.get(at) ?? [];
  }

  /** The spans that end at `at`, in list order. */
  endingAt(at: number): readonly T[] {
    if (this.items.length <= SMALL) return this.items.filter((x) => x.end === at);
    this.ending ??= byOffset(this.items, (x) => x.end);
    return this.ending.get(at) ?? [];
  }

  private build(): Built {
    if (this.built) return this.built;
    const items = this.items;
    let sorted = true;
    let hasEmpty = false;
    let longest = 0;
    for (let i = 0; i < items.length; i++) {
      const x = items[i] as T;
      if (i > 0 && x.start < (items[i - 1] as T).start) sorted = false;
      if (x.end <= x.start) hasEmpty = true;
      if (x.end - x.start > longest) longest = x.end - x.start;
    }
    const byStart = sorted ? null : Int32Array.from(Array.from(items.keys()).sort((a, b) => (items[a] as T).start - (items[b] as T).start || a - b));
    return (this.built = { byStart, hasEmpty, longest });
  }
}

interface Built {
  /** positions in the list, sorted by start (stable: list order among equal starts); null when the list is sorted */
  byStart: Int32Array | null;
  /** an empty span overlaps a range it lies strictly inside, which no covered offset shows */
  hasEmpty: boolean;
  /** the longest span's length: a span holding an offset starts at most this far before it */
  longest: number;
}

/** The position in the list of the k-th span by start. */
function nth(b: Built, k: number): number {
  return b.byStart === null ? k : (b.byStart[k] as number);
}

/** The first k (in start order) whose span starts at or after `at`. */
function firstStartingFrom(items: readonly SpanLike[], b: Built, at: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[nth(b, mid)] as SpanLike).start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Spans up to this long are found by their starts (a few reads around the range); a list holding a longer one
 * is answered from a covered-offset count over the whole text instead, so that no query reads far.
 */
const DENSE_FROM = 256;

const built = new WeakMap<readonly SpanLike[], { length: number; index: SpanIndex<SpanLike> }>();

/** The index of a list, built on first use and kept while the list lives (built again when the list has grown). */
export function spanIndex<T extends SpanLike>(items: readonly T[]): SpanIndex<T> {
  // the list asked for last first: the finders ask of one list many times in a row
  if (last && last.items === items && last.items.length === lastLength) return last as unknown as SpanIndex<T>;
  const known = built.get(items);
  const index = known && known.length === items.length ? (known.index as unknown as SpanIndex<T>) : new SpanIndex(items);
  if (index !== known?.index) built.set(items, { length: items.length, index: index as unknown as SpanIndex<SpanLike> });
  last = index as unknown as SpanIndex<SpanLike>;
  lastLength = items.length;
  return index;
}

let last: SpanIndex<SpanLike> | undefined;
let lastLength = 0;

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
