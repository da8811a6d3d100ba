// The benchmark corpus generator: deterministic from its seed, JSON lines of the input contract, pages of 4–8
// articles wrapped like a newspaper. Run as a user runs it (a node process), never timed.
import { afterAll, describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GENERATOR = new URL('../../bench/generate-corpus.mjs', import.meta.url).pathname;

const made: string[] = [];
afterAll(() => { for (const dir of made) rmSync(dir, { recursive: true, force: true }); });

function generate(size: string, seed: number): string {
  const out = mkdtempSync(join(tmpdir(), 'kg-corpus-test-'));
  made.push(out);
  const r = spawnSync(process.execPath, [GENERATOR, '--size', size, '--seed', String(seed), '--out', out], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return out;
}

describe('bench/generate-corpus.mjs', () => {
  const a = generate('40', 7);
  const lines = readFileSync(join(a, 'articles-40.jsonl'), 'utf8').trim().split('\n');
  const records = lines.map((l) => JSON.parse(l) as { id: string; title: string; date: string; text: string });

  it('writes one JSON line per article with id, title, date and text', () => {
    expect(records).toHaveLength(40);
    for (const r of records) {
      expect(Object.keys(r).sort()).toEqual(['date', 'id', 'text', 'title']);
      expect(r.date).toMatch(/^2024-\d{2}-\d{2}$/);
      expect(r.text.length).toBeGreaterThan(40);
    }
  });

  it('gives the same corpus for the same seed and another for another seed', () => {
    expect(readFileSync(join(generate('40', 7), 'articles-40.jsonl'), 'utf8')).toBe(lines.join('\n') + '\n');
    expect(readFileSync(join(generate('40', 8), 'articles-40.jsonl'), 'utf8')).not.toBe(lines.join('\n') + '\n');
  });

  it('writes pages of 4 to 8 articles with bylines, datelines and lines of at most 17 characters', () => {
    const pages = readdirSync(join(a, 'pages-40')).map((f) => readFileSync(join(a, 'pages-40', f), 'utf8'));
    expect(pages.length).toBeGreaterThanOrEqual(5);
    let articles = 0;
    pages.forEach((page, i) => {
      const n = (page.match(/□记者 \S+ 报道/g) ?? []).length;
      articles += n;
      if (i < pages.length - 1) expect(n).toBeGreaterThanOrEqual(4);
      expect(n).toBeLessThanOrEqual(8);
      expect((page.match(/本报讯/g) ?? []).length).toBe(n);
      // the articles come first, one block each; the headlines follow, one block each
      const blocks = page.trim().split('\n\n');
      expect(blocks).toHaveLength(2 * n);
      for (const block of blocks.slice(0, n)) {
        for (const line of block.split('\n').slice(1)) expect(line.replace(/^ {2}/, '').length).toBeLessThanOrEqual(17);
      }
    });
    expect(articles).toBe(40);
  });

  it('accepts sizes as 1k, 10k, 100k', () => {
    const out = generate('0.05k', 7);
    expect(readFileSync(join(out, 'articles-50.jsonl'), 'utf8').trim().split('\n')).toHaveLength(50);
  });
});
