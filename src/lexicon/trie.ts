// Word matchers over many dictionary words, keyed by UTF-16 code units (offsets are code units too).
// A Trie matches words starting at a position (reading forwards); a SuffixTrie matches words
// ending at a position (reading backwards), for suffix-driven recognition (…局, …委员会, …有限公司).

interface TrieNode<V> {
  next: Map<number, TrieNode<V>> | undefined;
  /** set when a word ends here */
  word: { value: V } | undefined;
}

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

/** Options for building: `merge` combines values when a word is added twice (default: last wins). */
export interface TrieOptions<V> {
  merge?: (old: V, added: V) => V;
}

/** Matches dictionary words that start at a given position. */
export class Trie<V> {
  private readonly root: TrieNode<V> = newNode();
  /** number of distinct words */
  size = 0;

  constructor(entries: Iterable<readonly [string, V]> = [], private readonly options: TrieOptions<V> = {}) {
    for (const [word, value] of entries) this.add(word, value);
  }

  /** Adds a word (empty words are ignored). Used while building; treat a built trie as read-only. */
  add(word: string, value: V): void {
    if (word !== '' && insert(this.root, word, false, value, this.options.merge)) this.size++;
  }

  /** The value stored for exactly this word. */
  get(word: string): V | undefined {
    let node: TrieNode<V> | undefined = this.root;
    for (let i = 0; i < word.length && node; i++) node = node.next?.get(word.charCodeAt(i));
    return node?.word?.value;
  }

  has(word: string): boolean {
    return this.get(word) !== undefined;
  }

  /** The longest word starting at `start` and ending at or before `limit` (default: text end). */
  longestMatchAt(text: string, start: number, limit = text.length): TrieMatch<V> | null {
    let node: TrieNode<V> | undefined = this.root;
    let best: TrieMatch<V> | null = null;
    for (let i = start; i < limit; i++) {
      node = node.next?.get(text.charCodeAt(i));
      if (!node) break;
      if (node.word) best = { start, end: i + 1, value: node.word.value };
    }
    return best;
  }

  /** Every word starting at `start`, shortest first. */
  allMatchesAt(text: string, start: number, limit = text.length): TrieMatch<V>[] {
    const out: TrieMatch<V>[] = [];
    let node: TrieNode<V> | undefined = this.root;
    for (let i = start; i < limit; i++) {
      node = node.next?.get(text.charCodeAt(i));
      if (!node) break;
      if (node.word) out.push({ start, end: i + 1, value: node.word.value });
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

  constructor(entries: Iterable<readonly [string, V]> = [], private readonly options: TrieOptions<V> = {}) {
    for (const [word, value] of entries) this.add(word, value);
  }

  add(word: string, value: V): void {
    if (word !== '') insert(this.root, word, true, value, this.options.merge);
  }

  /** The longest word ending at `end` (exclusive) and starting at or after `floor` (default 0). */
  longestSuffixEndingAt(text: string, end: number, floor = 0): TrieMatch<V> | null {
    const all = this.allSuffixesEndingAt(text, end, floor);
    return all.length ? (all[all.length - 1] as TrieMatch<V>) : null;
  }

  /** Every word ending at `end`, shortest first. */
  allSuffixesEndingAt(text: string, end: number, floor = 0): TrieMatch<V>[] {
    const out: TrieMatch<V>[] = [];
    let node: TrieNode<V> | undefined = this.root;
    for (let i = end - 1; i >= floor; i--) {
      node = node.next?.get(text.charCodeAt(i));
      if (!node) break;
      if (node.word) out.push({ start: i, end, value: node.word.value });
    }
    return out;
  }

  /** The longest word that `word` ends with (e.g. 区商务局 → 局), or null. */
  suffixOf(word: string): TrieMatch<V> | null {
    return this.longestSuffixEndingAt(word, word.length);
  }
}
