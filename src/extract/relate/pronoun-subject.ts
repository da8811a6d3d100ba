// A statement whose subject is a pronoun (他说, 她强调): the person it stands for is the subject of the sentence
// before it, the one named first with only a time clause or a title chain in front (甲对乙表示欢迎。他说，…).
// Only 他/她 opening a sentence are read; 他们, 其 and pronouns inside a clause are left alone (too many readings).
import type { Found, Sentence } from '../types.js';
import { getLexicon } from '../../lexicon/lexicon.js';

/** 他/她 opening a sentence, an adverb allowed before the verb (他还说, 她进一步指出) */
const PRONOUN = /^(?:[他她])(?:还|也|进一步|同时|随后|最后|特别)?/;
/** what may stand before the subject of a sentence: a short clause (会见中，) and a title chain without a verb's comma */
const SUBJECT_PREFIX = /^(?:[^，。；,;]{0,10}[，,])?[^，。；,;]{0,20}$/;

/** what stands between two listed people: a list mark or a joiner, then at most a title chain */
const LIST_BETWEEN = /^[、，,和与及同][^，。；,;]{0,16}$/;

/** The person a sentence's first name stands for when that name is its subject, else null. */
export function subjectOf(text: string, s: Sentence, people: readonly Found[]): Found | null {
  const first = people[0];
  if (!first || !SUBJECT_PREFIX.test(text.slice(s.start, first.start))) return null;
  // a list of people (甲，乙参加会见; 甲、副县长乙出席) has no one subject
  const second = people[1];
  return second && LIST_BETWEEN.test(text.slice(first.end, second.start)) ? null : first;
}

/** Where a sentence opens with 他/她 and a statement verb (他说), the verb's end; else -1. */
export function pronounStatementEnd(text: string, s: Sentence): number {
  const m = PRONOUN.exec(text.slice(s.start, Math.min(s.end, s.start + 6)));
  if (!m) return -1;
  const verb = getLexicon().personVerbs.prefix.longestMatchAt(text, s.start + m[0].length, s.end);
  return verb && verb.value.role === 'STATE' ? verb.end : -1;
}
