// kg ingest / stats / export as a user runs them (the built bin/kg.js).
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runKg } from '../cli/run-kg.js';

const dir = mkdtempSync(join(tmpdir(), 'kg-cli-'));
const store = join(dir, 'graph.json');
const articles = join(dir, 'articles.jsonl');
writeFileSync(articles, [
  { id: 'yx-1', date: '2026-03-05', title: '云溪县召开经济工作会议', text: '本报讯（记者 周明远）3月4日，云溪县召开经济工作会议。县委书记林晓峰主持会议并讲话。县长郑雨桐出席会议并发言。' },
  { id: 'yx-2', date: '2026-04-12', title: '云溪县委召开务虚会', text: '本报讯（记者 周明远）4月10日，云溪县委召开务虚会。县委书记林晓峰主持会议。县长郑雨桐参加会议。' },
].map((r) => JSON.stringify(r)).join('\n') + '\n');

describe('kg ingest, stats, export', () => {
  it('ingests JSON lines into a new graph file, with a summary on stderr and nothing on stdout', () => {
    const r = runKg(['ingest', '--store', store, '--jsonl', articles]);
    expect(r.stderr).toContain('2 articles read: 2 added');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(store, 'utf8').split('\n')[0] as string)).toMatchObject({ format: 'kg-graph', version: 1 });
  });

  it('is idempotent: the same input again adds nothing and leaves the file as it was', () => {
    const before = readFileSync(store, 'utf8');
    const r = runKg(['ingest', '--store', store, '--jsonl', articles]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('0 added or changed, 2 already in the graph');
    expect(readFileSync(store, 'utf8')).toBe(before);
  });

  it('stats --json prints the counts in the documented shape', () => {
    const r = runKg(['stats', '--store', store, '--json']);
    expect(r.code).toBe(0);
    const stats = JSON.parse(r.stdout);
    expect(Object.keys(stats)).toEqual(['nodes', 'relationships']);
    expect(stats.nodes.Article).toBe(2);
    expect(stats.relationships.MENTIONS).toBeGreaterThan(0);
    expect(Object.keys(stats.nodes).every((l) => ['Person', 'Organization', 'Company', 'Place', 'Meeting', 'Article'].includes(l))).toBe(true);
  });

  it('a bad input is listed as failed (exit 1) while the good ones are merged', () => {
    const other = join(dir, 'other.json');
    const r = runKg(['ingest', '--store', other, '--jsonl', articles, join(dir, 'missing.jsonl')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/1 input\(s\) failed:\n {2}.*missing\.jsonl/);
    expect(JSON.parse(runKg(['stats', '--store', other, '--json']).stdout).nodes.Article).toBe(2);
  });

  it.each([
    [['ingest', '--neo4j', '--store', 'x.json', articles], /either --store F or --neo4j/],
    [['ingest'], /no input given/],
    [['export', '--format', 'xml', '--store', store], /unknown --format "xml"/],
  ])('kg %j is a usage error (exit 2)', (args, message) => {
    const r = runKg(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('stats on a missing graph file says so (exit 1)', () => {
    const r = runKg(['stats', '--store', join(dir, 'nope.json')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no graph file here/);
  });

  it.each(['jsonl', 'graphml', 'cypher'])('export --format %s writes to stdout or atomically to --out', (format) => {
    const r = runKg(['export', '--format', format, '--store', store]);
    expect(r.code).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(100);
    const out = join(dir, `graph.${format}`);
    expect(runKg(['export', '--format', format, '--store', store, '--out', out]).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(r.stdout);
    expect(existsSync(`${out}.tmp`)).toBe(false);
  });
});
