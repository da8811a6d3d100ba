// The ingest half of `kg start`, run in a child process: the extraction dictionaries and nodejieba (≈ 400 MB)
// leave with it, so the process that then serves holds only the graph and the server.
import { existsSync, statSync } from 'node:fs';
import { fork } from 'node:child_process';
import { extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExtractOptions } from '../extract/pipeline.js';
import type { IngestSummary } from '../graph/ingest.js';
import type { StoreFlags } from '../graph/open-store.js';
import type { GraphCounts } from '../graph/store.js';

export interface StartIngest {
  inputs: string[];
  date?: string | undefined;
  store: StoreFlags;
}

type Extract<R> = (paths: string[], opts: ExtractOptions) => AsyncGenerator<R>;

/** Pages and JSON-lines files alike: folders give both kinds, a file is read by its extension. */
async function* mixedInputs<R>(paths: string[], date: string | undefined, extract: Extract<R>): AsyncGenerator<R> {
  const { listInputFiles } = await import('../io/list-files.js');
  const pages: string[] = [];
  const lines: string[] = [];
  for (const p of paths) {
    if (existsSync(p) && statSync(p).isDirectory()) {
      pages.push(...(await listInputFiles(p, false)));
      lines.push(...(await listInputFiles(p, true)));
    } else (extname(p).toLowerCase() === '.jsonl' ? lines : pages).push(p);
  }
  const opts = date ? { date } : {};
  if (pages.length) yield* extract(pages, { jsonl: false, ...opts });
  if (lines.length) yield* extract(lines, { jsonl: true, ...opts });
}

/**
 * Into the graph file: extracted without the lock, merged under it, waiting for another writer as
 * `kg ingest --wait DEFAULT_WAIT_SECONDS` does (src/graph/ingest-file.ts).
 */
async function ingestFile(job: StartIngest): Promise<{ summary: IngestSummary; counts: GraphCounts; where: string }> {
  const { extractInputsJson } = await import('../extract/pipeline.js');
  const { ingestIntoFile } = await import('../graph/ingest-file.js');
  const { storeFile } = await import('../graph/open-store.js');
  const { DEFAULT_WAIT_SECONDS } = await import('../graph/store-lock.js');
  const say = (line: string): void => { process.stderr.write(`kg start: ${line}\n`); };
  const where = storeFile(job.store);
  const r = await ingestIntoFile(where, mixedInputs(job.inputs, job.date, extractInputsJson),
    { waitSeconds: DEFAULT_WAIT_SECONDS, onWait: say, every: Number.MAX_SAFE_INTEGER });
  return { summary: r.summary, counts: await r.store.counts(), where };
}

/** Into Neo4j: merged batch by batch as extracted (each batch one transaction, safe with other writers). */
async function ingestNeo4j(job: StartIngest): Promise<{ summary: IngestSummary; counts: GraphCounts; where: string }> {
  const { extractInputs } = await import('../extract/pipeline.js');
  const { ingestRecords } = await import('../graph/ingest.js');
  const { openStore } = await import('../graph/open-store.js');
  const store = await openStore(job.store);
  try {
    const summary = await ingestRecords(mixedInputs(job.inputs, job.date, extractInputs), store);
    return { summary, counts: await store.counts(), where: store.location };
  } finally {
    await store.close();
  }
}

/** In this process: extract, merge, write, print the summary. Returns the number of inputs that failed. */
export async function ingestHere(job: StartIngest): Promise<number> {
  const { formatSummary } = await import('../graph/report.js');
  const { summary, counts, where } = await (job.store.neo4j ? ingestNeo4j(job) : ingestFile(job));
  process.stderr.write(`kg start: ${formatSummary(summary, counts, where)}`);
  return summary.failed.length;
}

/** In a child process; resolves to the number of failed inputs, rejects when the ingest itself failed. */
export function ingestInChild(job: StartIngest): Promise<number> {
  return new Promise((res, rej) => {
    const child = fork(fileURLToPath(import.meta.url), [JSON.stringify(job)], { stdio: 'inherit' });
    child.once('error', rej);
    child.once('exit', (code, signal) => {
      if (code === 0 || code === 1) res(code);
      else rej(new Error(`ingest stopped (${signal ?? `exit ${code}`}); the graph file is as it was before`));
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  ingestHere(JSON.parse(process.argv[2] ?? '{}') as StartIngest).then(
    (failed) => { process.exitCode = failed > 0 ? 1 : 0; },
    (err: unknown) => { process.stderr.write(`kg start: ${(err as Error).message}\n`); process.exitCode = 2; },
  );
}
