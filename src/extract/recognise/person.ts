// Chinese personal names, known and unseen: every surname (single or compound) at a token start proposes
// a name of one or two given-name characters; each candidate is scored (person-score.ts) and the best
// non-overlapping ones at or above the threshold are kept.
// Rule ids: person.title-before (a title ends right before it), person.verb-after (a person verb follows),
// person.list (、 or 和 joins it to a list), person.name (scored on its own: jieba + given-name statistics).
import type { Doc, Found, Recogniser, Sentence } from '../types.js';
import { knowledge, type Knowledge } from './knowledge.js';
import { personCues, type Cues } from './person-cues.js';
import { surnameRefs } from './person-surname-ref.js';
import { PERSON_THRESHOLD, scoreName, sentenceView, type NameCandidate, type SentenceView } from './person-score.js';

interface Scored extends NameCandidate {
  score: number;
}

export const recognisePersons: Recogniser = (doc: Doc): Found[] => {
  const k = knowledge();
  const cues = personCues();
  const full = doc.sentences.flatMap((s) => personsInSentence(doc.text, s, k, cues));
  // person.surname-ref: 吴先生, 王书记 → 吴, 王 (where no full name already covers the surname)
  const refs = doc.sentences
    .flatMap((s) => surnameRefs(doc, s, k, full))
    .filter((r) => !full.some((f) => f.start < r.end && r.start < f.end));
  return [...full, ...refs];
};

function personsInSentence(text: string, s: Sentence, k: Knowledge, cues: Cues): Found[] {
  const v = sentenceView(text, s);
  const best: Scored[] = [];
  for (const t of s.tokens) {
    let top: Scored | undefined;
    for (const sur of k.surnames.allMatchesAt(text, t.start, s.end)) {
      for (const g of [1, 2]) {
        const c = { start: t.start, mid: sur.end, end: sur.end + g };
        if (c.end > s.end) continue;
        const score = scoreName(k, cues, v, c);
        if (score >= PERSON_THRESHOLD && (!top || score > top.score)) top = { ...c, score };
      }
    }
    if (top) best.push(top);
  }
  return pickNonOverlapping(best).map((c) => toFound(k, v, c));
}

function pickNonOverlapping(cands: Scored[]): Scored[] {
  const kept: Scored[] = [];
  for (const c of [...cands].sort((a, b) => b.score - a.score)) {
    if (kept.some((o) => o.start < c.end && c.start < o.end)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function toFound(k: Knowledge, v: SentenceView, c: Scored): Found {
  const { text } = v;
  let rule = 'person.name';
  if (k.titlesBack.longestSuffixEndingAt(text, c.start, v.start)) rule = 'person.title-before';
  else if (k.verbsAfter.longestMatchAt(text, c.end, v.end)) rule = 'person.verb-after';
  else if ('、和与及'.includes(text[c.start - 1] ?? '') || '、和与及'.includes(text[c.end] ?? '')) rule = 'person.list';
  return { type: 'person', start: c.start, end: c.end, text: text.slice(c.start, c.end), rule };
}
