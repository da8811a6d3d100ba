// Small questions the person recogniser asks of the lexicon.
import type { Lexicon, SurnameEntry } from './types.js';

/** Log-odds that `char` is a given-name character (0 when unknown: no evidence either way… but
 *  characters never seen in a name get the floor `unseen`, since the table lists every name char). */
export function givenNameScore(lexicon: Lexicon, char: string, unseen = -3): number {
  return lexicon.nameChars.get(char)?.score ?? unseen;
}

/** The surname starting at `i` in `text`, preferring a compound surname (欧阳 over 欧). */
export function isSurnameAt(lexicon: Lexicon, text: string, i: number): SurnameEntry | undefined {
  return lexicon.surnames.prefix.longestMatchAt(text, i, Math.min(text.length, i + 2))?.value;
}
