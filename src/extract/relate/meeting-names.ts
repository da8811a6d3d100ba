// The meetings named so far in an article, by name, for findMeetings: the first meeting (in the list's order)
// whose cleaned name equals a new one, ends with it or is its end (第二十三届某某峰会 / 某某峰会). A scan of
// the list per kind word was quadratic in a long article; here a name is looked up by its suffixes.
// Names only grow; a meeting renamed keeps its old keys, and every answer is checked against the current name
// (so keys made later from the current names alone give the same answers). While the names are few, as in most
// articles, they are scanned instead: no key is made for the suffixes of a name that is never looked up.

/** Up to this many names, a look-up is a scan of them. */
const FEW = 16;

export class MeetingNames {
  /** the cleaned name of each meeting, by its position in the list */
  private readonly names: string[] = [];
  /** cleaned name → positions of the meetings that had it (made when the names pass FEW) */
  private readonly exact = new Map<string, number[]>();
  /** every end of a cleaned name (the whole name included) → positions of the meetings whose name had it */
  private readonly ends = new Map<string, number[]>();
  private keyed = false;

  /** The first position whose name equals `name`, ends with it or is its end; -1 when none. */
  find(name: string): number {
    // (an empty name is no key: neither is found, nor finds anything)
    if (this.names.length <= FEW) return name === '' ? -1 : this.names.findIndex((x) => x !== '' && (x.endsWith(name) || name.endsWith(x)));
    if (!this.keyed) {
      this.keyed = true;
      this.names.forEach((x, i) => this.addKeys(i, x));
    }
    let best = first(this.ends.get(name), (i) => (this.names[i] as string).endsWith(name));
    for (let at = 0; at < name.length; at++) {
      const end = name.slice(at);
      const i = first(this.exact.get(end), (j) => this.names[j] === end);
      if (i >= 0 && (best < 0 || i < best)) best = i;
    }
    return best;
  }

  /** The meeting at `position` is (now) called `name`. */
  set(position: number, name: string): void {
    this.names[position] = name;
    if (this.keyed) this.addKeys(position, name);
  }

  private addKeys(position: number, name: string): void {
    insert(this.exact, name, position);
    for (let at = 0; at < name.length; at++) insert(this.ends, name.slice(at), position);
  }
}

/** The first position of a sorted list that passes the check, or -1. */
function first(list: readonly number[] | undefined, check: (i: number) => boolean): number {
  for (const i of list ?? []) if (check(i)) return i;
  return -1;
}

/** Adds a position to a key's sorted list once (a new meeting's comes last; a renamed one's goes in its place). */
function insert(map: Map<string, number[]>, key: string, position: number): void {
  const list = map.get(key);
  if (!list) { map.set(key, [position]); return; }
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as number) <= position) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0 && list[lo - 1] === position) return;
  if (lo === list.length) list.push(position);
  else list.splice(lo, 0, position);
}
