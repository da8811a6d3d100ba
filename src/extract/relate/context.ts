// What the relation finders share: the doc, its finds sorted, and look-ups by position.
import type { Region } from '../region.js';
import type { Doc, Found, Sentence } from '../types.js';
import { charTable, hasCharAt } from '../recognise/char-table.js';
import { SMALL, SpanIndex, spanHolding, spanIndex } from '../span-index.js';

export interface RelateContext {
  doc: Doc;
  found: readonly Found[];
  /** the district / city / county the page is about (e.g. 某某新区), for region-prefixed short forms */
  region: Region | null;
  /** the people among `found` and their index, made on first use (peopleIn) */
  people?: SpanIndex<Found>;
}

/**
 * The people among the finds, in text order, and their index: filtered once per article, not once per finder
 * (meetings, talks, attendance and positions all read them), and kept on the context.
 */
export function peopleIn(ctx: RelateContext): SpanIndex<Found> {
  return (ctx.people ??= new SpanIndex(inTextOrder(ctx.found.filter((f) => f.type === 'person'))));
}

/** The finds sorted by start (stable); recogniseAll's come sorted, and are taken as they are. */
function inTextOrder(found: Found[]): Found[] {
  for (let i = 1; i < found.length; i++) if ((found[i] as Found).start < (found[i - 1] as Found).start) return found.sort((a, b) => a.start - b.start);
  return found;
}

/** The sentence holding offset `at` (a binary search: the sentences are disjoint and in order). */
export function sentenceAt(doc: Doc, at: number): Sentence | undefined {
  const i = spanHolding(doc.sentences, at);
  return i < 0 ? undefined : doc.sentences[i];
}

/** The longest find of one of `types` ending at `end` (the first of equal length in the list's order). */
export function foundEndingAt(found: readonly Found[], end: number, types: readonly string[]): Found | undefined {
  let best: Found | undefined;
  // a short list is read as it is (the index would filter it into a new list on every call)
  for (const f of found.length <= SMALL ? found : spanIndex(found).endingAt(end)) {
    if (f.end === end && types.includes(f.type) && (!best || f.end - f.start > best.end - best.start)) best = f;
  }
  return best;
}

/** The finds of a type inside [start, end), in the list's order. */
export function foundIn(found: readonly Found[], start: number, end: number, type: string): Found[] {
  return spanIndex(found).within(start, end, (f) => f.type === type);
}

/** Clause punctuation: a clause ends at any of these (or the sentence's end). */
export const CLAUSE_BREAK = /[，,。；;：:！？!?“”"\n（）()]/;
const CLAUSE_BREAK_UNITS = charTable('，,。；;：:！？!?“”"\n（）()');

/** CLAUSE_BREAK.test(text[at]) read from a table (no one-character string per step of a scan). */
export function clauseBreakAt(text: string, at: number): boolean {
  return hasCharAt(CLAUSE_BREAK_UNITS, text, at);
}
