// Small questions the person recogniser asks of the lexicon.
import type { Lexicon, SurnameEntry } from './types.js';

/** Log-odds that `char` is a given-name character. The table lists every character seen in a name,
 *  so an absent character gets the floor `unseen`. */
export function givenNameScore(lexicon: Lexicon, char: string, unseen = -3): number {
  return lexicon.nameChars.get(char)?.score ?? unseen;
}

/** The surname starting at `i` in `text`, preferring a compound surname (欧阳 over 欧). */
export function surnameAt(lexicon: Lexicon, text: string, i: number): SurnameEntry | undefined {
  return lexicon.surnames.prefix.longestMatchAt(text, i, Math.min(text.length, i + 2))?.value;
}
