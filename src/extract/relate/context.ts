// What the relation finders share: the doc, its finds sorted, and look-ups by position.
import type { Doc, Found, Sentence } from '../types.js';
import { charTable, hasCharAt } from '../recognise/char-table.js';

export interface RelateContext {
  doc: Doc;
  found: readonly Found[];
  /** the district / city / county the page is about (e.g. 某某新区), for region-prefixed short forms */
  region: { name: string; kind: string } | null;
}

export function sentenceAt(doc: Doc, at: number): Sentence | undefined {
  return doc.sentences.find((s) => at >= s.start && at < s.end);
}

export function foundEndingAt(found: readonly Found[], end: number, types: readonly string[]): Found | undefined {
  let best: Found | undefined;
  for (const f of found) {
    if (f.end === end && types.includes(f.type) && (!best || f.end - f.start > best.end - best.start)) best = f;
  }
  return best;
}

export function foundIn(found: readonly Found[], start: number, end: number, type: string): Found[] {
  return found.filter((f) => f.type === type && f.start >= start && f.end <= end);
}

/** Clause punctuation: a clause ends at any of these (or the sentence's end). */
export const CLAUSE_BREAK = /[，,。；;：:！？!?“”"\n（）()]/;
const CLAUSE_BREAK_UNITS = charTable('，,。；;：:！？!?“”"\n（）()');

/** CLAUSE_BREAK.test(text[at]) read from a table (no one-character string per step of a scan). */
export function clauseBreakAt(text: string, at: number): boolean {
  return hasCharAt(CLAUSE_BREAK_UNITS, text, at);
}
