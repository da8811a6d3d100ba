// person.* in a match report: a sentence with a word of dictionaries/match-words.tsv (vs, 主场, 联赛 …) is about
// teams, and clubs carry their cities' names (transliterated: the shape of a foreign person name, or of a
// surname + given name). There, a name is a person only with a person cue: a title right before it or a
// person verb right after it.
import { loadTsv } from '../../lexicon/load-tsv.js';
import { Trie } from '../../lexicon/trie.js';
import type { Sentence } from '../types.js';
import type { Knowledge } from './knowledge.js';
import type { Cues } from './person-cues.js';

let words: Trie<true> | undefined;

function matchWords(): Trie<true> {
  words ??= new Trie<true>(loadTsv('match-words.tsv', { columns: ['word'] }).map((r) => [r.word, true] as const));
  return words;
}

/** True when the sentence holds a match-report word (one scan of the sentence). */
export function isMatchReport(text: string, s: Sentence): boolean {
  const w = matchWords();
  for (let i = s.start; i < s.end; i++) if (w.longestMatchAt(text, i, s.end)) return true;
  return false;
}

/** A title or role noun (门将, 队员) ends right before [start, end), or a person verb or strong cue (同志) starts right after it. */
export function hasPersonCue(k: Knowledge, cues: Cues, text: string, s: Sentence, start: number, end: number): boolean {
  if (k.titlesBack.longestSuffixEndingAt(text, start, s.start) || k.verbsAfter.longestMatchAt(text, end, s.end)) return true;
  const before = cues.before.longestSuffixEndingAt(text, start, s.start);
  const after = cues.after.longestMatchAt(text, end, s.end);
  return (before?.value ?? 0) >= 2 || (after?.value ?? 0) >= 2;
}
