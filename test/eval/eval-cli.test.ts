// kg eval on a tiny corpus written for this test: the pipeline's mentions scored by strict spans.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runKg } from '../cli/run-kg.js';

describe('kg eval', () => {
  it('prints P/R/F1 per type for each corpus', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-eval-'));
    const text = '县长贝明哲出席会议。';
    writeFileSync(join(dir, 'tiny.texts.jsonl'), `${JSON.stringify({ id: 'tiny:0', text })}\n`);
    writeFileSync(join(dir, 'tiny.gold.jsonl'), `${JSON.stringify({ id: 'tiny:0', text, entities: [{ type: 'person', start: 2, end: 5, text: '贝明哲' }] })}\n`);
    const r = runKg(['eval', '--dir', dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('== tiny (1 lines');
    expect(r.stdout).toMatch(/person +P 1\.000 R 1\.000 F1 1\.000/);
  });

  it('says so when there is nothing to score', () => {
    const r = runKg(['eval', '--dir', mkdtempSync(join(tmpdir(), 'kg-eval-'))]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/no corpora/);
  });
});
