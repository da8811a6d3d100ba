// The example substitution tier as `kg eval` prints it: rewrites run, failures, and the first failures in full.
import { allExamples } from './examples-dir.js';
import { formatFailure, runTier } from './run.js';

export function substitutionSection(rewrites: number, showErrors: number): string {
  const examples = allExamples();
  const t0 = Date.now();
  // seeds beyond the test tier's first 50, so that eval sees rewrites the tests never ran
  const report = runTier(examples, rewrites, 50);
  const s = ((Date.now() - t0) / 1000).toFixed(1);
  return [
    `== substitution tier (${examples.length} examples × ${rewrites} rewrites, ${s} s)`,
    `rewrites ${report.cases}, names and places substituted ${report.substituted}, substitution failures: ${report.failures.length}`,
    ...report.failures.slice(0, showErrors).map((f) => formatFailure(f)),
  ].join('\n');
}
