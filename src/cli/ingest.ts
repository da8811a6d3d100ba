// kg ingest: extract articles and merge them into the graph; progress and summary on stderr.
import { parseArgs, intFlag, UsageError } from './args.js';
import { extractInputs, extractInputsJson, type ExtractOptions } from '../extract/pipeline.js';
import { ingestRecords } from '../graph/ingest.js';
import { ingestIntoFile } from '../graph/ingest-file.js';
import { openStore, storeFile, STORE_FLAG_SPEC, type StoreFlags } from '../graph/open-store.js';
import { formatProgress, formatSummary } from '../graph/report.js';
import { DEFAULT_WAIT_SECONDS, EXIT_LOCKED } from '../graph/store-lock.js';

export const help = `usage: kg ingest [--store F | --neo4j] [--jsonl] [--date YYYY-MM-DD] [--workers N] [--progress N] [--wait S] <files|folders|->

Extracts every article of the inputs (as \`kg extract\` does) and merges it into the graph. Idempotent: an article
already in the graph with the same content changes nothing; new articles add to what is there. The graph file is
written once at the end, atomically (a crash or a bad input never leaves a half-written file). Several ingests may
run at once: each extracts on its own, then merges into the file under a lock (F.lock), one after another.

  --store F      the graph file (default .kg/graph.json, or KG_STORE)
  --neo4j        write to Neo4j instead (NEO4J_URI, default bolt://127.0.0.1:7687; NEO4J_USER, NEO4J_PASSWORD)
  --jsonl        inputs are JSON lines {"id","text","title"?,"date"?}, one article each
  --date D       the date of pages that state none (YYYY-MM-DD)
  --workers N    extraction worker threads
  --progress N   a progress line on stderr every N articles (default 100)
  --wait S       wait at most S seconds for another process writing the same graph file (default ${DEFAULT_WAIT_SECONDS}; 0: do
                 not wait); a lock left by a process that died is taken over after 10 s

Exit status: 0 when every input was read and merged, 1 when some failed (listed in the summary), 2 for bad usage,
${EXIT_LOCKED} when the graph file stayed locked by another writer for longer than --wait (nothing was written).
`;

export async function run(argv: string[]): Promise<number> {
  const { flags, positionals } = parseArgs(argv, {
    ...STORE_FLAG_SPEC, jsonl: { type: 'boolean' }, date: { type: 'string' }, workers: { type: 'string' },
    progress: { type: 'string' }, wait: { type: 'string' },
  });
  if (positionals.length === 0) throw new UsageError('no input given (files, folders, or - for stdin)');
  const date = flags.date as string | undefined;
  if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError(`--date must be YYYY-MM-DD, got "${date}"`);
  const workers = intFlag(flags.workers, 'workers', 1);
  const every = intFlag(flags.progress, 'progress', 100) || 100;
  const waitSeconds = intFlag(flags.wait, 'wait', DEFAULT_WAIT_SECONDS);
  const storeFlags = { store: flags.store as string | undefined, neo4j: flags.neo4j as boolean | undefined };
  const extract: ExtractOptions = { jsonl: Boolean(flags.jsonl), workers, ...(date ? { date } : {}) };
  if (!storeFlags.neo4j) return ingestFile(storeFlags, positionals, extract, { every, waitSeconds });
  const store = await openStore(storeFlags);
  try {
    const inputs = extractInputs(positionals, extract);
    const summary = await ingestRecords(inputs, store, {
      every, onProgress: (s) => process.stderr.write(`kg ingest: ${formatProgress(s)}`),
    });
    await store.flush();
    process.stderr.write(`kg ingest: ${formatSummary(summary, await store.counts(), store.location)}`);
    return summary.failed.length > 0 ? 1 : 0;
  } finally {
    await store.close();
  }
}

/** Into the graph file: extracted without the lock, merged under it (src/graph/ingest-file.ts). */
async function ingestFile(flags: StoreFlags, paths: string[], extract: ExtractOptions, o: { every: number; waitSeconds: number }): Promise<number> {
  const file = storeFile(flags);
  const say = (line: string): void => { process.stderr.write(`kg ingest: ${line}\n`); };
  const { summary, store } = await ingestIntoFile(file, extractInputsJson(paths, extract), {
    every: o.every, waitSeconds: o.waitSeconds, onWait: say, onProgress: say,
  });
  process.stderr.write(`kg ingest: ${formatSummary(summary, await store.counts(), store.location)}`);
  return summary.failed.length > 0 ? 1 : 0;
}
