// Word matchers over many dictionary words, keyed by UTF-16 code units (offsets are code units too).
// A Trie matches words starting at a position (reading forwards); a SuffixTrie matches words
// ending at a position (reading backwards), for suffix-driven recognition (…局, …委员会, …有限公司).

interface TrieNode<V> {
  next: Map<number, TrieNode<V>> | undefined;
  /** set when a word ends here */
  word: { value: V } | undefined;
}

/** A node as flattenTrie (flat-trie.ts) reads it. */
export type TrieNodeView<V> = Readonly<TrieNode<V>>;

/** A match [start, end) of one dictionary word, with the value it was stored with. */
export interface TrieMatch<V> {
  start: number;
  end: number;
  value: V;
}

function newNode<V>(): TrieNode<V> {
  return { next: undefined, word: undefined };
}

/** Adds a word (read backwards when `reverse`); returns true when it was not there before. */
function insert<V>(root: TrieNode<V>, word: string, reverse: boolean, value: V, merge?: (old: V, added: V) => V): boolean {
  let node = root;
  const n = word.length;
  for (let k = 0; k < n; k++) {
    const c = word.charCodeAt(reverse ? n - 1 - k : k);
    node.next ??= new Map();
    let child = node.next.get(c);
    if (!child) node.next.set(c, (child = newNode()));
    node = child;
  }
  const added = node.word === undefined;
  node.word = node.word && merge ? { value: merge(node.word.value, value) } : { value };
  return added;
}

/**
 * The root's children by UTF-16 unit: most positions of a text start no word, and an array index answers that
 * faster than the root's Map (the root of a gazetteer has thousands of children). A typed array of child numbers
 * (0: none) beside the list of children: zeroed memory outside the heap, which the garbage collector never walks.
 * Built on the first look-up; adding a word drops it.
 */
class RootTable<V> {
  private readonly index = new Int32Array(0x10000);
  private readonly children: (TrieNode<V> | undefined)[] = [undefined];

  constructor(root: TrieNode<V>) {
    for (const [c, child] of root.next ?? []) this.index[c] = this.children.push(child) - 1;
  }

  /** The first offset in [from, to) whose unit has a child, else `to`. */
  next(text: string, from: number, to: number): number {
    const index = this.index;
    let i = from;
    while (i < to && index[text.charCodeAt(i)] === 0) i++;
    return i;
  }

  /** The child along `unit` (undefined for none, and for NaN: a position past the text's end). */
  at(unit: number): TrieNode<V> | undefined {
    return this.children[this.index[unit] ?? 0];
  }
}

/** The look-ups of words starting at a position, answered alike by Trie and FlatTrie (flat-trie.ts). */
export interface PrefixMatcher<V> {
  readonly size: number;
  get(word: string): V | undefined;
  has(word: string): boolean;
  longestMatchAt(text: string, start: number, limit?: number): TrieMatch<V> | null;
  allMatchesAt(text: string, start: number, limit?: number): TrieMatch<V>[];
  /** Some word begins with the unit at `at` (one table read: no match list made where none can be). */
  startsAt(text: string, at: number): boolean;
}

/** Options for building: `merge` combines values when a word is added twice (default: last wins). */
export interface TrieOptions<V> {
  merge?: (old: V, added: V) => V;
}

/** Matches dictionary words that start at a given position. */
export class Trie<V> implements PrefixMatcher<V> {
  private readonly root: TrieNode<V> = newNode();
  private first: RootTable<V> | null = null;
  /** number of distinct words */
  size = 0;

  constructor(entries: Iterable<readonly [string, V]> = [], private readonly options: TrieOptions<V> = {}) {
    for (const [word, value] of entries) this.add(word, value);
  }

  /** The root, for flattenTrie. */
  get rootNode(): TrieNodeView<V> {
    return this.root;
  }

  /** Adds a word (empty words are ignored). Used while building; treat a built trie as read-only. */
  add(word: string, value: V): void {
    this.first = null;
    if (word !== '' && insert(this.root, word, false, value, this.options.merge)) this.size++;
  }

  /** The node after the word's first unit, for a match starting at `start` (undefined: no word starts so). */
  private firstNode(text: string, start: number): TrieNode<V> | undefined {
    this.first ??= new RootTable(this.root);
    return this.first.at(text.charCodeAt(start));
  }

  /** The value stored for exactly this word. */
  get(word: string): V | undefined {
    if (word === '') return this.root.word?.value;
    // the first unit through the root's table: most words asked for start no entry
    let node: TrieNode<V> | undefined = this.firstNode(word, 0);
    for (let i = 1; i < word.length && node; i++) node = node.next?.get(word.charCodeAt(i));
    return node?.word?.value;
  }

  has(word: string): boolean {
    return this.get(word) !== undefined;
  }

  /** The UTF-16 units that begin a word (for unitTable: one read of a table instead of a look-up per trie). */
  firstUnits(): number[] {
    return [...(this.root.next?.keys() ?? [])];
  }

  startsAt(text: string, at: number): boolean {
    this.first ??= new RootTable(this.root);
    return this.first.at(text.charCodeAt(at)) !== undefined;
  }

  /**
   * The first position from `from` (below `to`) where a word's first unit stands, else `to`: a scan of every
   * position reads the root's table in one loop instead of a look-up per position (most begin no word).
   */
  nextStart(text: string, from: number, to: number): number {
    this.first ??= new RootTable(this.root);
    return this.first.next(text, from, to);
  }

  /** The longest word starting at `start` and ending at or before `limit` (default: text end). */
  longestMatchAt(text: string, start: number, limit = text.length): TrieMatch<V> | null {
    if (start >= limit) return null;
    let node: TrieNode<V> | undefined = this.firstNode(text, start);
    let end = -1;
    let word: { value: V } | undefined;
    for (let i = start + 1; node; i++) {
      if (node.word) { end = i; word = node.word; }
      if (i >= limit) break;
      node = node.next?.get(text.charCodeAt(i));
    }
    return word ? { start, end, value: word.value } : null;
  }

  /** Every word starting at `start`, shortest first. */
  allMatchesAt(text: string, start: number, limit = text.length): TrieMatch<V>[] {
    const out: TrieMatch<V>[] = [];
    if (start >= limit) return out;
    let node: TrieNode<V> | undefined = this.firstNode(text, start);
    for (let i = start + 1; node; i++) {
      if (node.word) out.push({ start, end: i, value: node.word.value });
      if (i >= limit) break;
      node = node.next?.get(text.charCodeAt(i));
    }
    return out;
  }

  /** Non-overlapping matches, scanning left to right and taking the longest word at each position. */
  matchAll(text: string, from = 0, to = text.length): TrieMatch<V>[] {
    const out: TrieMatch<V>[] = [];
    for (let i = from; i < to; ) {
      const m = this.longestMatchAt(text, i, to);
      if (m) { out.push(m); i = m.end; } else i++;
    }
    return out;
  }

  /** Every occurrence of every word (overlapping), ordered by start then end. */
  findAll(text: string, from = 0, to = text.length): TrieMatch<V>[] {
    const out: TrieMatch<V>[] = [];
    for (let i = from; i < to; i++) out.push(...this.allMatchesAt(text, i, to));
    return out;
  }
}

/** Matches dictionary words that end at a given position (words are stored reversed). */
export class SuffixTrie<V> {
  private readonly root: TrieNode<V> = newNode();
  private last: RootTable<V> | null = null;

  constructor(entries: Iterable<readonly [string, V]> = [], private readonly options: TrieOptions<V> = {}) {
    for (const [word, value] of entries) this.add(word, value);
  }

  add(word: string, value: V): void {
    this.last = null;
    if (word !== '') insert(this.root, word, true, value, this.options.merge);
  }

  /** The node after the word's last unit, for a match ending at `end` (undefined: no word ends so). */
  private lastNode(text: string, end: number): TrieNode<V> | undefined {
    this.last ??= new RootTable(this.root);
    return this.last.at(text.charCodeAt(end - 1));
  }

  /** The UTF-16 units that end a word (for unitTable). */
  lastUnits(): number[] {
    return [...(this.root.next?.keys() ?? [])];
  }

  /** The first end from `from` (up to `to`) where a word's last unit stands before it, else past `to`. */
  nextEnd(text: string, from: number, to: number): number {
    this.last ??= new RootTable(this.root);
    // (an end e has its last unit at e - 1)
    return this.last.next(text, from - 1, to) + 1;
  }

  /** The longest word ending at `end` (exclusive) and starting at or after `floor` (default 0). */
  longestSuffixEndingAt(text: string, end: number, floor = 0): TrieMatch<V> | null {
    if (end - 1 < floor) return null;
    let node: TrieNode<V> | undefined = this.lastNode(text, end);
    let start = -1;
    let word: { value: V } | undefined;
    for (let i = end - 1; node; i--) {
      if (node.word) { start = i; word = node.word; }
      if (i - 1 < floor) break;
      node = node.next?.get(text.charCodeAt(i - 1));
    }
    return word ? { start, end, value: word.value } : null;
  }

  /** Every word ending at `end`, shortest first. */
  allSuffixesEndingAt(text: string, end: number, floor = 0): TrieMatch<V>[] {
    const out: TrieMatch<V>[] = [];
    if (end - 1 < floor) return out;
    let node: TrieNode<V> | undefined = this.lastNode(text, end);
    for (let i = end - 1; node; i--) {
      if (node.word) out.push({ start: i, end, value: node.word.value });
      if (i - 1 < floor) break;
      node = node.next?.get(text.charCodeAt(i - 1));
    }
    return out;
  }

  /** The longest word that `word` ends with (e.g. 区商务局 → 局), or null. */
  suffixOf(word: string): TrieMatch<V> | null {
    return this.longestSuffixEndingAt(word, word.length);
  }
}
