// The ingest half of `kg start`, run in a child process: the extraction dictionaries and nodejieba (≈ 400 MB)
// leave with it, so the process that then serves holds only the graph and the server.
import { existsSync, statSync } from 'node:fs';
import { fork } from 'node:child_process';
import { extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExtractResult } from '../extract/pipeline.js';
import type { StoreFlags } from '../graph/open-store.js';

export interface StartIngest {
  inputs: string[];
  date?: string | undefined;
  store: StoreFlags;
}

/** Pages and JSON-lines files alike: folders give both kinds, a file is read by its extension. */
async function* mixedInputs(paths: string[], date: string | undefined): AsyncGenerator<ExtractResult> {
  const { extractInputs } = await import('../extract/pipeline.js');
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
  if (pages.length) yield* extractInputs(pages, { jsonl: false, ...opts });
  if (lines.length) yield* extractInputs(lines, { jsonl: true, ...opts });
}

/** In this process: extract, merge, flush, print the summary. Returns the number of inputs that failed. */
export async function ingestHere(job: StartIngest): Promise<number> {
  const { ingestRecords } = await import('../graph/ingest.js');
  const { openStore, storeFile } = await import('../graph/open-store.js');
  const { formatSummary } = await import('../graph/report.js');
  const store = await openStore(job.store);
  try {
    const summary = await ingestRecords(mixedInputs(job.inputs, job.date), store);
    await store.flush();
    process.stderr.write(`kg start: ${formatSummary(summary, await store.counts(), storeFile(job.store))}`);
    return summary.failed.length;
  } finally {
    await store.close();
  }
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
