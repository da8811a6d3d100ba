// person.* in a match report: a sentence with a word of dictionaries/match-words.tsv (vs, 主场, 联赛 …) is about
// teams, and clubs carry their cities' names, transliterated: the shape of a foreign person name (and sometimes of
// a surname + given name). There, a name of transliteration characters is a person only with a person cue: a
// title or role noun right before it, a person verb or strong cue right after it.
import { loadTsv } from '../../lexicon/load-tsv.js';
import { Trie } from '../../lexicon/trie.js';
import type { Sentence } from '../types.js';
import { tokenIndexAt } from './name-extent.js';
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
  for (let i = w.nextStart(text, s.start, s.end); i < s.end; i = w.nextStart(text, i + 1, s.end)) if (w.longestMatchAt(text, i, s.end)) return true;
  return false;
}

/** A title or role noun (门将, 队员) ends right before [start, end), or a person verb or strong cue (同志) starts right after it. */
export function hasPersonCue(k: Knowledge, cues: Cues, text: string, s: Sentence, start: number, end: number): boolean {
  if (k.titlesBack.longestSuffixEndingAt(text, start, s.start)) return true;
  const after = cues.after.longestMatchAt(text, end, s.end);
  // 等 closes a list of people, unless what it lists are things (施工许可等问题: person-cues.tsv, weight < 0)
  const verb = k.verbsAfter.longestMatchAt(text, end, s.end);
  if (verb && !(text[end] === '等' && (after?.value ?? 0) < 0)) return true;
  const before = cues.before.longestSuffixEndingAt(text, start, s.start);
  return (before?.value ?? 0) >= 2 || (after?.value ?? 0) >= 2 || verbAfterAdverbs(k, text, s, end);
}

/** Tags of the words that may stand between a name and its verb: adverbs and time words (还说, 多次表示, 今天指出). */
const ADVERB_TAGS = new Set(['d', 'ad', 't', 'tg', 'dg']);
/** Counting words that act as adverbs before a verb. */
const ADVERB_WORDS = new Set(['多次', '再次', '一再', '首次', '一度', '曾经', '明确', '同时', '随即', '当即', '也', '还', '又', '则', '都', '均']);

/** A person verb after one or two adverbs or time words (jieba's tokens; one step from a token index). */
export function verbAfterAdverbs(k: Knowledge, text: string, s: Sentence, end: number): boolean {
  let at = end;
  for (let n = 0; n < 2; n++) {
    const t = s.tokens[tokenIndexAt(s.tokens, at)];
    if (!t || t.start !== at || !(ADVERB_TAGS.has(t.tag) || ADVERB_WORDS.has(t.word))) return false;
    at = t.end;
    const verb = k.verbsAfter.longestMatchAt(text, at, s.end);
    if (verb && verb.value !== 'NONE') return true;
  }
  return false;
}
