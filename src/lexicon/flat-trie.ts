// A read-only prefix trie in flat typed arrays: built once from a Trie (at build time, for the large dictionaries)
// and stored as bytes (lexicon/snapshot.ts), so a process loads it without parsing the word list or allocating a
// node per character. It answers as the Trie it was built from (same words, values and matches).
import type { PrefixMatcher, TrieMatch, TrieNodeView } from './trie.js';

/** The arrays of a flat trie. Node 0 is the root; a node's edges are sorted by their UTF-16 unit. */
export interface FlatTrieArrays {
  /** per node: its first edge; one more entry than nodes (the end of the last node's edges) */
  firstEdge: Int32Array;
  /** per edge: the UTF-16 unit read along it */
  labels: Uint16Array;
  /** per edge: the node it leads to */
  targets: Int32Array;
  /** per node: the index of the value of the word ending there, -1 when none does */
  valueIndex: Int32Array;
}

/** Node count past which a node's edges are searched by halves rather than in a row. */
const LINEAR = 8;

export class FlatTrie<V> implements PrefixMatcher<V> {
  /** the root's children by UTF-16 unit (0: none; no edge leads back to the root) */
  private readonly rootChild: Int32Array;
  readonly size: number;

  constructor(
    readonly arrays: FlatTrieArrays,
    /** the value stored under a value index (see FlatTrieArrays.valueIndex) */
    private readonly valueAt: (index: number) => V,
  ) {
    const { firstEdge, labels, targets, valueIndex } = arrays;
    this.rootChild = new Int32Array(0x10000);
    for (let e = firstEdge[0] as number; e < (firstEdge[1] as number); e++) this.rootChild[labels[e] as number] = targets[e] as number;
    let size = 0;
    for (let n = 0; n < valueIndex.length; n++) if ((valueIndex[n] as number) >= 0) size++;
    this.size = size;
  }

  /** The child of `node` along `unit`, or 0. */
  private child(node: number, unit: number): number {
    if (node === 0) return this.rootChild[unit] ?? 0;
    const { firstEdge, labels, targets } = this.arrays;
    let lo = firstEdge[node] as number;
    let hi = firstEdge[node + 1] as number;
    if (hi - lo <= LINEAR) {
      for (; lo < hi; lo++) {
        const l = labels[lo] as number;
        if (l === unit) return targets[lo] as number;
        if (l > unit) return 0;
      }
      return 0;
    }
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const l = labels[mid] as number;
      if (l === unit) return targets[mid] as number;
      if (l < unit) lo = mid + 1;
      else hi = mid;
    }
    return 0;
  }

  get(word: string): V | undefined {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      node = this.child(node, word.charCodeAt(i));
      if (!node) return undefined;
    }
    const v = this.arrays.valueIndex[node] as number;
    return v >= 0 ? this.valueAt(v) : undefined;
  }

  startsAt(text: string, at: number): boolean {
    const unit = text.charCodeAt(at);
    return unit >= 0 && this.rootChild[unit] !== 0;
  }

  has(word: string): boolean {
    return this.get(word) !== undefined;
  }

  longestMatchAt(text: string, start: number, limit = text.length): TrieMatch<V> | null {
    const valueIndex = this.arrays.valueIndex;
    let end = -1;
    let value = -1;
    let node = 0;
    for (let i = start; i < limit; i++) {
      node = this.child(node, text.charCodeAt(i));
      if (!node) break; // also past the text's end (NaN), as Trie
      const v = valueIndex[node] as number;
      if (v >= 0) { end = i + 1; value = v; }
    }
    return value >= 0 ? { start, end, value: this.valueAt(value) } : null;
  }

  allMatchesAt(text: string, start: number, limit = text.length): TrieMatch<V>[] {
    const valueIndex = this.arrays.valueIndex;
    const out: TrieMatch<V>[] = [];
    let node = 0;
    for (let i = start; i < limit; i++) {
      node = this.child(node, text.charCodeAt(i));
      if (!node) break; // also past the text's end (NaN), as Trie
      const v = valueIndex[node] as number;
      if (v >= 0) out.push({ start, end: i + 1, value: this.valueAt(v) });
    }
    return out;
  }
}

/** The flat arrays and the values (in value-index order) of a built Trie: nodes breadth first, edges sorted. */
export function flattenTrie<V>(root: TrieNodeView<V>): { arrays: FlatTrieArrays; values: V[] } {
  const nodes: TrieNodeView<V>[] = [root];
  const first: number[] = [];
  const labels: number[] = [];
  const targets: number[] = [];
  const values: V[] = [];
  const valueIndex: number[] = [];
  for (let n = 0; n < nodes.length; n++) {
    const node = nodes[n] as TrieNodeView<V>;
    first.push(labels.length);
    valueIndex.push(node.word ? values.push(node.word.value) - 1 : -1);
    for (const [unit, child] of [...(node.next ?? [])].sort((a, b) => a[0] - b[0])) {
      labels.push(unit);
      targets.push(nodes.push(child) - 1);
    }
  }
  first.push(labels.length);
  return {
    arrays: { firstEdge: Int32Array.from(first), labels: Uint16Array.from(labels), targets: Int32Array.from(targets), valueIndex: Int32Array.from(valueIndex) },
    values,
  };
}
