// person.verb-after for names of the peoples without surnames (次仁旺堆, 格桑卓玛, 吉克阿依), written without a title
// before them: the scorer (person.ts) proposes names only where a surname begins, and 次 or 格 begins none. A name made
// whole of two or three parts of dictionaries/minority-name-parts.tsv, four to six characters ending where a word of
// jieba's does, right before a person's verb (参加, 主持, 发言) or posts in brackets (（县委常委、副县长）), is a person's.
import type { Found, Sentence, Token } from '../types.js';
import type { Knowledge } from './knowledge.js';
import { minorityParts } from '../../lexicon/minority-names.js';
import { bracketAfterName } from './person-score.js';

/** The minority names of the sentence that no name found (`taken`, sorted by start) overlaps. */
export function minorityNamesInSentence(text: string, s: Sentence, k: Knowledge, taken: readonly Found[]): Found[] {
  const out: Found[] = [];
  const tokens = s.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // (the first part is a word of two characters of the table, or begins the token: jieba glued the next part's first
    // character to it, 白玛次/x 仁; most tokens are refused by one look-up)
    if (t.word.length < 2 || !minorityParts(t.word.length === 2 ? t.word : t.word.slice(0, 2), 1)) continue;
    for (let j = Math.min(tokens.length - 1, i + 3); j > i; j--) {
      const end = (tokens[j] as Token).end;
      const length = end - t.start;
      if (length < 4 || length > 6) continue;
      if (!minorityParts(text.slice(t.start, end), 3)) continue;
      // (…or right before posts in brackets: 扎西某某（县委常委、副县长）)
      const cue = k.verbsAfter.longestMatchAt(text, end, s.end) !== null ? 'person.verb-after' : bracketAfterName(k, text, end, s.end) ? 'person.bracket-after' : null;
      if (cue === null) continue;
      // (a name read inside it by a Han surname, 白玛次 of 白玛次仁, gives way: it ends inside jieba's word; person.ts
      // drops it)
      if (taken.some((f) => f.start < end && t.start < f.end && !(f.start >= t.start && f.end < end))) break;
      out.push({ type: 'person', start: t.start, end, text: text.slice(t.start, end), rule: cue });
      i = j;
      break;
    }
  }
  return out;
}
