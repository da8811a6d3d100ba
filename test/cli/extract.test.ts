// `kg extract` as a user runs it: stdout holds only JSON lines, diagnostics go to stderr, exit codes say what failed.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runKg } from './run-kg.js';

const EXAMPLES = new URL('../../examples/', import.meta.url).pathname;
const page = join(EXAMPLES, 'yunshan-daily-page.txt');
const lines = (s: string) => s.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));

describe('kg extract', () => {
  it('prints one JSON line per article of a page, ids <path>#n', () => {
    const r = runKg(['extract', page]);
    expect(r.code, r.stderr).toBe(0);
    const recs = lines(r.stdout);
    expect(recs.map((x) => x.id)).toEqual([`${page}#1`, `${page}#2`, `${page}#3`]);
    expect(recs[0].reporters).toEqual(['韩雪松']);
  });

  it('reads GBK without being told', () => {
    const r = runKg(['extract', join(EXAMPLES, 'qinghe-county.gbk.txt')]);
    expect(r.code, r.stderr).toBe(0);
    expect(lines(r.stdout)[0].reporters).toEqual(['甘露']);
  });

  it('goes on past a missing and a binary file, naming them, and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-cli-'));
    const bin = join(dir, 'scan.txt');
    writeFileSync(bin, Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 0, 0, 0]));
    const r = runKg(['extract', join(dir, 'missing.txt'), bin, page]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('missing.txt');
    expect(r.stderr).toContain('scan.txt');
    expect(lines(r.stdout)).toHaveLength(3);
  });

  it('reads JSON lines, keeping ids, and reports a bad line by file:line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-cli-'));
    const f = join(dir, 'in.jsonl');
    writeFileSync(f, [
      JSON.stringify({ id: 'a1', title: '青禾县召开推进会', date: '2024-04-08', text: '今天上午，青禾县召开乡村振兴推进会。县长贝明哲主持会议。' }),
      '{not json',
      JSON.stringify({ id: 7, text: '副县长车立新出席会议。' }),
    ].join('\n'));
    const r = runKg(['extract', '--jsonl', f]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${f}:2`);
    const recs = lines(r.stdout);
    expect(recs.map((x) => x.id)).toEqual(['a1', '7']);
    expect(recs[0].title).toBe('青禾县召开推进会');
    expect(recs[0].date).toBe('2024-04-08');
  });

  it('reads stdin as a page', () => {
    const r = runKg(['extract', '-'], { input: '  本报讯 今天上午，青禾县召开乡村振兴推进会。县长贝明哲主持会议。\n' });
    expect(r.code, r.stderr).toBe(0);
    expect(lines(r.stdout)[0].id).toBe('-#1');
  });

  it.each([[['extract']], [['extract', '--date', '2024/01/01', page]], [['extract', '--bogus', page]], [['nope']]])('bad usage exits 2: %j', (args) => {
    const r = runKg(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });

  it('documents itself', () => {
    const r = runKg(['extract', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--jsonl');
  });

  it('gives the same output with worker threads', () => {
    const one = runKg(['extract', '--workers', '1', page, join(EXAMPLES, 'qinghe-county.gbk.txt')]);
    const two = runKg(['extract', '--workers', '2', page, join(EXAMPLES, 'qinghe-county.gbk.txt')]);
    expect(two.stdout).toBe(one.stdout);
  });

  it('gives the same records, errors and explanations with worker threads across bad JSON lines', () => {
    // records move from the workers as UTF-8 buffers, one per run of records between errors (src/extract/worker.ts);
    // 150 lines of ~650 characters are more than one chunk of lines (src/io/jsonl-chunks.ts): both workers get some
    const dir = mkdtempSync(join(tmpdir(), 'kg-cli-'));
    const f = join(dir, 'mixed.jsonl');
    const rows = Array.from({ length: 150 }, (_, i) => i % 37 === 5 ? '{"id": "broken",' : JSON.stringify({ id: `a${i}`, text: `本报讯（记者 甘${'露霖雨'[i % 3]}）${i % 28 + 1}日，县长范${'明远'[i % 2]}主持召开县政府常务会议。${'会议强调，要抓好各项工作落实。'.repeat(40)}`, date: '2026-05-04' }));
    writeFileSync(f, `${rows.join('\n')}\n`);
    const one = runKg(['extract', '--jsonl', '--explain', '--workers', '1', f]);
    const two = runKg(['extract', '--jsonl', '--explain', '--workers', '2', f]);
    expect(one.code).toBe(1);
    expect(two.code).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(lines(two.stdout)).toHaveLength(150 - 4); // lines 6, 43, 80 and 117 are broken
    expect(two.stderr).toBe(one.stderr);
    expect(two.stderr).toContain(`${f}:6`);
    expect(two.stderr).toMatch(/a149: \d+ entities/);
  });
});
