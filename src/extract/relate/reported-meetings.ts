// The meeting a bare reference (会议, 此次务虚会) means, for findMeetings: of the reported meetings its kind fits, the
// one mentioned last before it (of two at one offset, the later in the list), else the first in the list. (Named
// last was the rule before: an article that names two meetings in its lead and then tells of the first, 上午召开的年度
// 工作会议上 … 会议由某某主持, gave the second one the first one's chair.)
// Filtering the whole list per reference was quadratic in a long article. References come in text order, so the
// offset asked for only grows: each kind keeps its reported meetings not yet before that offset in a heap by start,
// and the latest of those before it.
import type { FoundMeeting } from './meetings.js';

export class ReportedByKind {
  private readonly groups = new Map<string, Group>();

  /** `focuses` says whether a mention moves the article to its meeting (not 在某会上的讲话精神: a speech given there). */
  constructor(private readonly meetings: readonly FoundMeeting[], private readonly fits: (m: FoundMeeting, kind: string) => boolean,
    private readonly focuses: (mention: { start: number; end: number }) => boolean = () => true) {}

  /** The reported meeting of the kind mentioned last before `at`; undefined when none. */
  before(kind: string, at: number): FoundMeeting | undefined {
    const last = this.group(kind).lastBefore(at);
    return last >= 0 ? this.meetings[last] : undefined;
  }

  /** The first reported meeting of the kind in the list; undefined when none. */
  first(kind: string): FoundMeeting | undefined {
    const g = this.group(kind);
    return g.first >= 0 ? this.meetings[g.first] : undefined;
  }

  /** The meeting at `position` has just been judged reported. */
  reported(position: number): void {
    const m = this.meetings[position] as FoundMeeting;
    for (const [kind, g] of this.groups) if (this.fits(m, kind)) for (const at of this.starts(m)) g.add(at, position);
  }

  /** The reported meeting at `position` was just mentioned again at `at` (a reference read in text order). */
  mentioned(position: number, mention: { start: number; end: number }): void {
    const m = this.meetings[position] as FoundMeeting;
    const at = mention.start;
    if (!m.reported || !this.focuses(mention)) return;
    for (const [kind, g] of this.groups) if (this.fits(m, kind)) g.add(at, position);
  }

  /** Where a meeting is named, and where the mentions that move the article to it stand. */
  private starts(m: FoundMeeting): number[] {
    return [m.start, ...m.mentions.filter((x) => this.focuses(x)).map((x) => x.start)];
  }

  private group(kind: string): Group {
    let g = this.groups.get(kind);
    if (!g) {
      const made = new Group();
      this.meetings.forEach((m, i) => { if (m.reported && this.fits(m, kind)) for (const at of this.starts(m)) made.add(at, i); });
      this.groups.set(kind, (g = made));
    }
    return g;
  }
}


class Group {
  /** members that start at or after the offset asked last: a min-heap by start */
  private readonly waiting: { start: number; position: number }[] = [];
  private asked = -Infinity;
  /** of the members that start before the offset asked last, the one with the largest start, then position (-1: none) */
  private last = -1;
  private lastStart = -Infinity;
  /** the smallest position of all members (-1: none) */
  first = -1;

  add(start: number, position: number): void {
    if (this.first < 0 || position < this.first) this.first = position;
    if (start < this.asked) this.take({ start, position });
    else push(this.waiting, { start, position });
  }

  lastBefore(at: number): number {
    if (at < this.asked) throw new Error('ReportedByKind: references must be asked for in text order');
    this.asked = at;
    while (this.waiting.length > 0 && (this.waiting[0] as { start: number }).start < at) this.take(pop(this.waiting));
    return this.last;
  }

  private take(e: Entry): void {
    if (e.start > this.lastStart || (e.start === this.lastStart && e.position > this.last)) { this.last = e.position; this.lastStart = e.start; }
  }
}

type Entry = { start: number; position: number };

function push(heap: Entry[], e: Entry): void {
  heap.push(e);
  let i = heap.length - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if ((heap[parent] as Entry).start <= e.start) break;
    heap[i] = heap[parent] as Entry;
    i = parent;
  }
  heap[i] = e;
}

function pop(heap: Entry[]): Entry {
  const top = heap[0] as Entry;
  const tail = heap.pop() as Entry;
  if (heap.length > 0) {
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= heap.length) break;
      const r = l + 1;
      const c = r < heap.length && (heap[r] as Entry).start < (heap[l] as Entry).start ? r : l;
      if ((heap[c] as Entry).start >= tail.start) break;
      heap[i] = heap[c] as Entry;
      i = c;
    }
    heap[i] = tail;
  }
  return top;
}
