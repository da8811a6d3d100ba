// Sets of one-unit characters as tables indexed by UTF-16 unit: `table[text.charCodeAt(i)]` tests a character
// without making a one-character string (text[i] allocates one for every CJK character) or hashing it.

import { inClass, unitsOf } from '../../text/unit-class.js';

/** 1 at the code unit of every one-unit string of `chars` (text/unit-class.ts). */
export const charTable: (chars: Iterable<string>) => Uint8Array = unitsOf;

/** The character at `at` is in the table (false outside the text, where charCodeAt gives NaN). */
export const hasCharAt: (table: Uint8Array, text: string, at: number) => boolean = inClass;

/**
 * 1 at every unit of the lists: the first units of several tries' words (Trie.firstUnits) or their last ones
 * (SuffixTrie.lastUnits), so that one read says whether any of them can match at a position — most positions
 * begin or end no word of any, and a walk of each trie there was most of a scan's time.
 */
export function unitTable(...lists: readonly (readonly number[])[]): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const list of lists) for (const unit of list) table[unit] = 1;
  return table;
}
