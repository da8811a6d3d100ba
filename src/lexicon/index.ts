// The lexicon: dictionaries as data (dictionaries/*.tsv) and the matchers built over them.
export { getLexicon, loadLexicon } from './lexicon.js';
export { DictionaryError, DICTIONARY_DIR, loadTsv, loadTsvCells, parseTsv, parseTsvCells } from './load-tsv.js';
export type { TsvCells, TsvRow, TsvSpec } from './load-tsv.js';
export { Trie, SuffixTrie } from './trie.js';
export type { TrieMatch, TrieOptions } from './trie.js';
export { DICTIONARY_FILES, sourceOf, toWordTable } from './tables.js';
export { toGazetteer } from './gazetteer.js';
export { givenNameScore, surnameAt } from './name-helpers.js';
export type * from './types.js';
