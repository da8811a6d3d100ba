// One metamorphic case: rewrite an example (names, places, dates) with a seed, extract the rewrite, and compare
// it with the golden output rewritten the same way. A rule that holds only for the names it was written with
// fails here. The seed replays the case.
import type { ArticleRecord } from '../../extract/record.js';
import { drawShift, shiftIsoDate, type DateShift } from './dates.js';
import { extractExample, type ExampleInput } from './example.js';
import { planSubstitutions, type Substitution } from './plan.js';
import { rewriteRecords, rewriteText, stringRewriter } from './rewrite.js';
import { makeRng } from './rng.js';
import { diffRecords } from './compare.js';

export interface CaseResult {
  seed: number;
  input: ExampleInput;
  subs: Substitution[];
  shift: DateShift;
  /** differences between the extraction of the rewrite and the rewritten golden output; [] when they agree */
  diffs: string[];
  /** the rewritten input, for a replay */
  rewritten: ExampleInput;
}

function isoDates(records: readonly ArticleRecord[]): string[] {
  return records.flatMap((r) => [r.date, ...r.meetings.flatMap((m) => [m.startDate, m.endDate])]).filter((d): d is string => !!d);
}

/** Rewrites the input and its golden records by the seed; null when nothing could be rewritten. */
export function rewriteExample(input: ExampleInput, golden: readonly ArticleRecord[], seed: number):
  { rewritten: ExampleInput; expected: ArticleRecord[] | string; subs: Substitution[]; shift: DateShift } {
  const rng = makeRng(seed);
  const title = input.kind === 'record' ? input.title : undefined;
  const texts = [input.text, ...(title ? [title] : [])];
  const original = (m: { start: number; end: number; field?: 'title' }): string => (m.field === 'title' ? title ?? '' : input.text).slice(m.start, m.end);
  const subs = planSubstitutions({ records: golden, original, texts }, rng);
  const shift = drawShift(rng, texts, [...isoDates(golden), ...(input.kind === 'record' && input.date ? [input.date] : [])]);
  const body = rewriteText(input.text, subs, shift);
  const head = title !== undefined ? rewriteText(title, subs, shift) : null;
  const rewrite = stringRewriter(subs, shift);
  const drop = new Set(subs.flatMap((s) => s.originals));
  const expected = rewriteRecords(golden, body.map, head?.map ?? null, rewrite, shift, drop);
  const rewritten: ExampleInput = input.kind === 'record'
    ? { ...input, text: body.text, ...(head ? { title: head.text } : {}), ...(input.date ? { date: shiftIsoDate(input.date, shift) } : {}) }
    : { ...input, text: body.text };
  return { rewritten, expected, subs, shift };
}

/** Runs one case. */
export function runCase(input: ExampleInput, golden: readonly ArticleRecord[], seed: number): CaseResult {
  const { rewritten, expected, subs, shift } = rewriteExample(input, golden, seed);
  if (typeof expected === 'string') return { seed, input, subs, shift, rewritten, diffs: [`rewrite: ${expected}`] };
  let actual: ArticleRecord[];
  try {
    actual = extractExample(rewritten);
  } catch (err) {
    return { seed, input, subs, shift, rewritten, diffs: [`extraction failed: ${(err as Error).message}`] };
  }
  return { seed, input, subs, shift, rewritten, diffs: diffRecords(actual, expected) };
}
