// For person.surname-ref: the full names written before an offset that start with a surname (吴 → 吴某某), asked once
// per reference. Filtering every full name of the article per reference was quadratic in a long one; here the
// names are grouped by their first one and two characters, in text order, with a running count of distinct names.

interface Named {
  start: number;
  text: string;
  name?: string;
}

interface Head {
  /** starts of the names beginning with the head, ascending */
  starts: number[];
  /** the canonical name when the names up to here are all one, else null */
  only: (string | null)[];
}

export class NamesByHead {
  private readonly heads = new Map<string, Head>();

  constructor(private readonly names: readonly Named[]) {
    if (names.length <= FEW) return; // scanned: cheaper than building for an ordinary article
    const sorted = [...names].sort((a, b) => a.start - b.start);
    for (const length of [1, 2]) {
      for (const f of sorted) {
        if (f.text.length <= length) continue;
        const key = f.text.slice(0, length);
        let head = this.heads.get(`${length}|${key}`);
        if (!head) this.heads.set(`${length}|${key}`, (head = { starts: [], only: [] }));
        const before = head.only.length === 0 ? undefined : head.only[head.only.length - 1];
        const name = f.name ?? f.text;
        head.starts.push(f.start);
        head.only.push(before === undefined || before === name ? name : null);
      }
    }
  }

  /**
   * The one canonical name that the names written before `start` and longer than `surname`, starting with it, all
   * have; null when there are none or several (`[...new Set(names.filter(…).map(…))]` of length 1, or not).
   */
  onlyNameBefore(surname: string, start: number): string | null {
    if (surname.length < 1 || surname.length > 2 || this.names.length <= FEW) return this.scan(surname, start);
    const head = this.heads.get(`${surname.length}|${surname}`);
    if (!head) return null;
    let lo = 0;
    let hi = head.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((head.starts[mid] as number) < start) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? null : (head.only[lo - 1] as string | null);
  }

  /** Surnames of other lengths (none in practice): the scan itself. */
  private scan(surname: string, start: number): string | null {
    const same = [...new Set(this.names.filter((f) => f.start < start && f.text.startsWith(surname) && f.text.length > surname.length).map((f) => f.name ?? f.text))];
    return same.length === 1 ? (same[0] as string) : null;
  }
}

/** Up to this many full names, a reference scans them (as before): the index pays in long articles only. */
const FEW = 32;

const built = new WeakMap<readonly Named[], NamesByHead>();

/** The index of a list of full names (built once per list; the list must not change after). */
export function namesByHead(names: readonly Named[]): NamesByHead {
  let index = built.get(names);
  if (!index) built.set(names, (index = new NamesByHead(names)));
  return index;
}
