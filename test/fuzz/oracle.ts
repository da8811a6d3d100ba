// Checks what the extractor made of the fuzz inputs against what each case expects (fuzz-case.ts). Returns the
// problems found, one line each (an empty list: everything as expected), so that a failure lists every case.
import { join } from 'node:path';
import type { ArticleRecord } from '../../src/extract/record.js';
import type { FuzzCase } from './fuzz-case.js';

/** Structurally src/extract/pipeline.ts's ExtractResult. */
export type Result = { ok: true; record: ArticleRecord } | { ok: false; source: string; message: string };

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

interface Outcome { records: ArticleRecord[]; errors: string[] }

/** The path of a case as the reader names it, with its line for JSON lines. */
export const whereOf = (root: string, c: FuzzCase): string => (c.line ? `${join(root, c.file)}:${c.line}` : join(root, c.file));

/** What each case got: records by id (lines) or source (pages), errors by the `path[:line]: ` they start with. */
function outcomes(root: string, cases: readonly FuzzCase[], results: readonly Result[], problems: string[]): Map<FuzzCase, Outcome> {
  const byWhere = new Map<string, FuzzCase>(cases.map((c) => [whereOf(root, c), c]));
  const byId = new Map<string, FuzzCase>(cases.filter((c) => c.id).map((c) => [c.id as string, c]));
  const out = new Map<FuzzCase, Outcome>(cases.map((c) => [c, { records: [], errors: [] }]));
  for (const r of results) {
    if (r.ok) {
      const c = byId.get(r.record.id) ?? byWhere.get(r.record.source);
      if (c) out.get(c)?.records.push(r.record);
      else problems.push(`a record of no input: ${r.record.id}`);
      continue;
    }
    const line = r.message.startsWith(`${r.source}:`) ? /^:(\d+): /.exec(r.message.slice(r.source.length))?.[1] : undefined;
    const c = byWhere.get(r.source) ?? byWhere.get(`${r.source}:${line}`);
    if (c) out.get(c)?.errors.push(r.message);
    else problems.push(`an error of no input: ${r.message}`);
  }
  return out;
}

/** Entity types and names, sorted: what `sameAs` compares. */
export const findsOf = (records: readonly ArticleRecord[]): string[] =>
  [...new Set(records.flatMap((r) => r.entities.map((e) => `${e.type}:${e.name}`)))].sort();

function checkRecord(record: ArticleRecord): string | null {
  const json = JSON.stringify(record);
  if (LONE_SURROGATE.test(json)) return 'its JSON line is not well-formed Unicode';
  if (JSON.stringify(JSON.parse(json)) !== json) return 'its JSON line does not read back the same';
  return null;
}

function checkCase(c: FuzzCase, o: Outcome, where: string): string[] {
  const p: string[] = [];
  if (c.expect === 'bad') {
    if (o.errors.length !== 1) p.push(`${o.errors.length} errors, not 1`);
    for (const e of o.errors) {
      if (!e.startsWith(`${where}: `)) p.push(`the error does not start with the input's name: ${e}`);
      if (e.includes('\n') || /\bat .*:\d+:\d+/.test(e)) p.push(`the error is not one line without a stack: ${e}`);
    }
    if (o.records.length) p.push(`${o.records.length} records from a bad input`);
  } else {
    if (o.errors.length) p.push(`errors: ${o.errors.join(' | ')}`);
    if (c.expect === 'empty' && o.records.length) p.push(`${o.records.length} records from an empty input`);
    if (c.expect === 'good' && (c.line ? o.records.length !== 1 : o.records.length === 0)) p.push(`${o.records.length} records`);
  }
  for (const r of o.records) { const bad = checkRecord(r); if (bad) p.push(`record ${r.id}: ${bad}`); }
  return p;
}

/** Every problem with `results` for `cases` (generated under `root`). */
export function checkResults(root: string, cases: readonly FuzzCase[], results: readonly Result[]): string[] {
  const problems: string[] = [];
  const got = outcomes(root, cases, results, problems);
  const keyed = new Map(cases.filter((c) => c.key).map((c) => [c.key as string, findsOf(got.get(c)?.records ?? [])]));
  for (const c of cases) {
    const o = got.get(c) as Outcome;
    const where = whereOf(root, c);
    const p = checkCase(c, o, where);
    if (c.sameAs && JSON.stringify(findsOf(o.records)) !== JSON.stringify(keyed.get(c.sameAs))) {
      p.push(`finds ${findsOf(o.records).join(' ')} differ from ${c.sameAs}'s ${keyed.get(c.sameAs)?.join(' ')}`);
    }
    problems.push(...p.map((x) => `${c.kind} ${where}: ${x}`));
  }
  return problems;
}
