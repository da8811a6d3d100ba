// The substitution tier: every example rewritten with other names (of every shape), other real places of the same
// level and shifted dates must give its golden output rewritten the same way. A rule that holds only for the names
// it was written with fails here. Each failure prints its example and seed; replay one with
//   KG_SUBST_EXAMPLE='examples/x.jsonl:id' KG_SUBST_SEED=123 npx vitest run test/substitution
// `npm run eval` runs the same tier with more rewrites (kg eval --substitution N).
import { describe, expect, it } from 'vitest';
import { allExamples } from '../../src/eval/substitute/examples-dir.js';
import { exampleName } from '../../src/eval/substitute/example.js';
import { formatFailure, runTier } from '../../src/eval/substitute/run.js';
import { runCase } from '../../src/eval/substitute/substitute.js';

const REWRITES = 50;
const examples = allExamples();
const only = process.env.KG_SUBST_EXAMPLE;
const seed = process.env.KG_SUBST_SEED;

describe('substitution tier', () => {
  it('has examples with golden files to rewrite', () => {
    expect(examples.length).toBeGreaterThanOrEqual(25);
  });

  if (only && seed) {
    it(`replays ${only} with seed ${seed}`, () => {
      const ex = examples.find((e) => exampleName(e.input) === only);
      expect(ex, `no example ${only}`).toBeDefined();
      const r = runCase(ex!.input, ex!.golden, Number(seed));
      expect(r.diffs, formatFailure(r, 50)).toEqual([]);
    });
    return;
  }

  const files = [...new Set(examples.map((e) => e.input.source))];
  it.each(files)(`%s: ${REWRITES} rewrites of each example give the golden output rewritten`, (file) => {
    const report = runTier(examples.filter((e) => e.input.source === file), REWRITES);
    expect(report.substituted).toBeGreaterThan(0);
    expect(report.failures.length, report.failures.slice(0, 5).map((f) => formatFailure(f)).join('\n')).toBe(0);
  });
});
