// The substitution tier over example files: each example input rewritten with n seeds, each rewrite extracted and
// compared with the golden output rewritten the same way.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { ArticleRecord } from '../../extract/record.js';
import { decodeBytes } from '../../text/decode.js';
import { examplesOfFile, exampleName, type ExampleInput } from './example.js';
import { runCase, type CaseResult } from './substitute.js';

export interface Example {
  input: ExampleInput;
  golden: ArticleRecord[];
}

/** The examples of an input file beside its golden file (<name>.expected.json: JSON lines, in input order). */
export function loadExamples(inputPath: string, goldenPath: string, source: string): Example[] {
  const inputs = examplesOfFile(source, decodeBytes(readFileSync(inputPath), source));
  const golden = readFileSync(goldenPath, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as ArticleRecord);
  if (inputs.length === 1 && inputs[0]?.kind === 'page') return [{ input: inputs[0], golden }];
  if (golden.length !== inputs.length) throw new Error(`${basename(goldenPath)}: ${golden.length} golden records for ${inputs.length} inputs`);
  return inputs.map((input, i) => ({ input, golden: [golden[i] as ArticleRecord] }));
}

/** A seed per example and case number, stable across runs (FNV-1a of the example's name, plus the case). */
export function seedOf(input: ExampleInput, k: number): number {
  let h = 0x811c9dc5;
  for (const c of exampleName(input)) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
  return (h + k * 0x9e3779b1) >>> 0;
}

export interface TierReport {
  cases: number;
  failures: CaseResult[];
  /** substituted names and places over all cases */
  substituted: number;
}

/** n rewrites of every example. */
export function runTier(examples: readonly Example[], n: number, from = 0): TierReport {
  const failures: CaseResult[] = [];
  let cases = 0;
  let substituted = 0;
  for (const ex of examples) {
    for (let k = from; k < from + n; k++) {
      const r = runCase(ex.input, ex.golden, seedOf(ex.input, k));
      cases++;
      substituted += r.subs.length;
      if (r.diffs.length) failures.push(r);
    }
  }
  return { cases, failures, substituted };
}

/** A failure as lines for a reader: the example, seed, substitutions, shift and the first differences. */
export function formatFailure(r: CaseResult, maxDiffs = 6): string {
  const subs = r.subs.map((s) => `${s.from}→${s.to}`).join(' ');
  const shift = `dates ${r.shift.years >= 0 ? '+' : ''}${r.shift.years}y ${r.shift.months >= 0 ? '+' : ''}${r.shift.months}m ${r.shift.days >= 0 ? '+' : ''}${r.shift.days}d`;
  return [`${exampleName(r.input)} seed ${r.seed}: ${subs}; ${shift}`,
    ...r.diffs.slice(0, maxDiffs).map((d) => `    ${d}`),
    ...(r.diffs.length > maxDiffs ? [`    … ${r.diffs.length - maxDiffs} more`] : [])].join('\n');
}
