// The fuzz tier: >= 1,000 seeded inputs a careless or hostile user could give kg (random bytes, truncated UTF-8,
// NUL bytes, GBK punctuation, UTF-16 with lone surrogates, deep HTML, huge attributes, bad JSON lines, lone
// surrogate escapes, symlink loops, dangling links, a socket, unreadable files). Extracted in this process, each
// input must give what its case expects (oracle.ts): one clear error line for a bad one, complete, valid records for
// a good one, the same finds as its clean original where only the wrapping differs. Then `kg extract` and `kg
// ingest` run once each on the same folders as a user would: exit status, JSON lines out, one error line each.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractInputs } from '../../src/extract/pipeline.js';
import { runKg } from '../cli/run-kg.js';
import type { FuzzCase } from './fuzz-case.js';
import { generateFuzzInputs, type FuzzInputs } from './generate.js';
import { checkResults, findsOf, whereOf, type Result } from './oracle.js';

const SEED = Number(process.env.KG_FUZZ_SEED ?? 13);

async function extractAll(paths: string[], jsonl: boolean): Promise<Result[]> {
  const out: Result[] = [];
  for await (const r of extractInputs(paths, { jsonl, workers: 1 })) out.push(r);
  return out;
}

describe(`fuzz tier (seed ${SEED}; KG_FUZZ_SEED=n to try another)`, () => {
  const root = mkdtempSync(join(tmpdir(), 'kg-fuzz-'));
  let fuzz: FuzzInputs;
  const results: { pages: Result[]; lines: Result[] } = { pages: [], lines: [] };
  const bad = (): FuzzCase[] => fuzz.cases.filter((c) => c.expect === 'bad');
  const inLines = (c: FuzzCase): boolean => c.line !== undefined;
  beforeAll(async () => {
    fuzz = await generateFuzzInputs(root, SEED);
    results.pages = await extractAll([fuzz.pages], false);
    results.lines = await extractAll([fuzz.lines], true);
  });
  afterAll(async () => {
    await fuzz?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('generates at least 1,000 inputs of every kind, good and bad', () => {
    expect(fuzz.cases.length).toBeGreaterThanOrEqual(1000);
    expect(new Set(fuzz.cases.map((c) => c.expect))).toEqual(new Set(['good', 'bad', 'empty']));
  });

  it('extracted in-process, every input gives what its case expects', () => {
    expect(checkResults(root, fuzz.cases.filter((c) => !inLines(c)), results.pages)).toEqual([]);
    expect(checkResults(root, fuzz.cases.filter(inLines), results.lines)).toEqual([]);
  });

  it('the clean originals that others must match find people and bodies', () => {
    for (const c of fuzz.cases.filter((x) => x.key)) {
      const finds = findsOf((c.line ? results.lines : results.pages).flatMap((x) => (x.ok && (x.record.id === c.id || x.record.source === join(root, c.file)) ? [x.record] : [])));
      expect(finds.filter((f) => f.startsWith('person:')).length, c.file).toBeGreaterThan(0);
    }
  });

  it('kg extract of the pages: exit 1, a JSON line per record, one error line per bad input naming it', () => {
    const r = runKg(['extract', fuzz.pages]);
    expect(r.code).toBe(1);
    const ids = r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids).toEqual(results.pages.flatMap((x) => (x.ok ? [x.record.id] : [])));
    const errors = r.stderr.trim().split('\n');
    const wanted = bad().filter((c) => !inLines(c)).map((c) => `kg extract: ${whereOf(root, c)}: `);
    expect(errors).toHaveLength(wanted.length);
    for (const w of wanted) expect(errors.filter((e) => e.startsWith(w)), w).toHaveLength(1);
    const special = (kind: string): string[] => errors.filter((e) => fuzz.cases.some((c) => c.kind === kind && e.startsWith(`kg extract: ${whereOf(root, c)}: `)));
    for (const e of special('symlink-loop')) expect(e).toMatch(/: a symlink loop \(too many levels of symbolic links\)$/);
    for (const e of special('socket')) expect(e).toMatch(/: not a regular file \(a socket or a device\)$/);
    for (const e of special('symlink-dangling')) expect(e).toMatch(/: no such file or directory$/);
  });

  it('kg ingest of the JSON lines: exit 1, every good record in the graph, each bad line listed once', () => {
    const store = join(root, 'graph.json');
    const r = runKg(['ingest', '--jsonl', '--workers', '1', '--store', store, fuzz.lines]);
    expect(r.code).toBe(1);
    const wanted = bad().filter(inLines).map((c) => `${whereOf(root, c)}: `);
    expect(r.stderr).toContain(`${wanted.length} input(s) failed:`);
    const listed = r.stderr.split('\n').filter((l) => l.startsWith('  '));
    for (const w of wanted) expect(listed.filter((l) => l.startsWith(`  ${w}`)), w).toHaveLength(1);
    const stats = runKg(['stats', '--json', '--store', store]);
    const articles = new Set(results.lines.flatMap((x) => (x.ok ? [x.record.hash] : [])));
    expect((JSON.parse(stats.stdout) as { nodes: { Article: number } }).nodes.Article).toBe(articles.size);
  });
});
