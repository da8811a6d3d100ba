// The acceptance test of issue 2: the real newspaper page in ../shared, scored against its hand annotation.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_GOLD, SEED_PAGE, SHARED, sharedPresent } from '../helpers/shared.js';
import { runKg } from '../cli/run-kg.js';

describe.skipIf(!sharedPresent())('sample page (../shared/seeds)', () => {
  it('extracts four articles that score fully against the gold', () => {
    const r = runKg(['extract', SEED_PAGE]);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(4);
    for (const l of lines) expect(() => JSON.parse(l)).not.toThrow();
    const out = join(mkdtempSync(join(tmpdir(), 'kg-seed-')), 'seed.jsonl');
    writeFileSync(out, r.stdout);
    const score = spawnSync(process.execPath, [join(SHARED, 'score-seed.mjs'), SEED_GOLD, out], { encoding: 'utf8' });
    expect(score.stdout).toMatch(/seed page: /);
    expect(score.status, score.stdout).toBe(0);
  });

  it('points every mention into the original page', () => {
    const page = readFileSync(SEED_PAGE, 'utf8');
    const r = runKg(['extract', SEED_PAGE]);
    const strip = (s: string): string => s.normalize('NFKC').replace(/\s/g, '');
    for (const rec of r.stdout.trim().split('\n').map((l) => JSON.parse(l))) {
      for (const e of rec.entities) for (const m of e.mentions) expect(strip(page.slice(m.start, m.end))).toBe(strip(m.text));
    }
  });
});
