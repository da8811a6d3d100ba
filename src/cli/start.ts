// kg start (what `npm start` runs): ingest the examples (or the given files) into the graph, then serve it.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { extname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, UsageError } from './args.js';
import { extractInputs, extractInputsJson, type ExtractOptions } from '../extract/pipeline.js';
import { listInputFiles } from '../io/list-files.js';
import { ingestRecords, type IngestSummary } from '../graph/ingest.js';
import { ingestIntoFile } from '../graph/ingest-file.js';
import { openStore, storeFile, STORE_FLAG_SPEC, type StoreFlags } from '../graph/open-store.js';
import { formatSummary } from '../graph/report.js';
import { DEFAULT_WAIT_SECONDS } from '../graph/store-lock.js';
import type { GraphStore } from '../graph/store.js';
import { serveOptions, serveUntilSignal } from '../graphql/serve-until-signal.js';

/** examples/ at the package root (src/cli and dist/cli both sit two levels below it). */
export const EXAMPLES_DIR = fileURLToPath(new URL('../../examples/', import.meta.url));

export const help = `usage: kg start [--store F] [--port N] [--host H] [--date YYYY-MM-DD] [files|folders…]

Ingests the project's examples/ (or the given files and folders) into the graph file (default .kg/graph.json;
ingesting is idempotent, so starting again changes nothing), then serves it over GraphQL like \`kg serve\`.
Another process writing the same graph file is waited for (as \`kg ingest --wait ${DEFAULT_WAIT_SECONDS}\` does).
`;

export function exampleQuery(url: string): string {
  const query = '{ meetings(limit: 5) { name startDate attendees { person { name } roles order } } }';
  return `curl -s ${url} -H 'content-type: application/json' -d '${JSON.stringify({ query })}'`;
}

function defaultInputs(): string[] {
  if (!existsSync(EXAMPLES_DIR) || readdirSync(EXAMPLES_DIR).length === 0) {
    process.stderr.write(`kg start: no example articles in ${EXAMPLES_DIR}; serving the graph as it is\n`);
    return [];
  }
  const rel = relative(process.cwd(), EXAMPLES_DIR);
  return [rel && !rel.startsWith('..') ? rel : EXAMPLES_DIR];
}

type Extract<R> = (paths: string[], opts: ExtractOptions) => AsyncGenerator<R>;

/** Pages and JSON-lines files alike: folders give both kinds, a file is read by its extension. */
async function* mixedInputs<R>(paths: string[], date: string | undefined, extract: Extract<R>): AsyncGenerator<R> {
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

/** The store to serve, after ingesting `inputs` into it: the graph file under its writer's lock, or Neo4j. */
async function ingestAndOpen(flags: StoreFlags, inputs: string[], date: string | undefined): Promise<{ store: GraphStore; summary: IngestSummary | null }> {
  if (inputs.length === 0) return { store: await openStore(flags), summary: null };
  if (!flags.neo4j) {
    const say = (line: string): void => { process.stderr.write(`kg start: ${line}\n`); };
    const r = await ingestIntoFile(storeFile(flags), mixedInputs(inputs, date, extractInputsJson),
      { waitSeconds: DEFAULT_WAIT_SECONDS, onWait: say, every: Number.MAX_SAFE_INTEGER });
    return { store: r.store, summary: r.summary };
  }
  const store = await openStore(flags);
  try {
    return { store, summary: await ingestRecords(mixedInputs(inputs, date, extractInputs), store) };
  } catch (err) {
    await store.close();
    throw err;
  }
}

export async function run(argv: string[]): Promise<number> {
  const { flags, positionals } = parseArgs(argv, {
    ...STORE_FLAG_SPEC, port: { type: 'string' }, host: { type: 'string' }, date: { type: 'string' },
  });
  const date = flags.date as string | undefined;
  if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError(`--date must be YYYY-MM-DD, got "${date}"`);
  let options;
  try { options = serveOptions({ port: flags.port as string | undefined, host: flags.host as string | undefined }); } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const storeFlags = { store: flags.store as string | undefined, neo4j: flags.neo4j as boolean | undefined };
  const { store, summary } = await ingestAndOpen(storeFlags, positionals.length > 0 ? positionals : defaultInputs(), date);
  const failed = summary?.failed.length ?? 0;
  try {
    if (summary) process.stderr.write(`kg start: ${formatSummary(summary, await store.counts(), store.location)}`);
    await serveUntilSignal(store, options, (server) => {
      process.stdout.write(`GraphQL: ${server.url}  (GraphiQL: open it in a browser)\nTry:\n  ${exampleQuery(server.url)}\n`);
    });
    process.stderr.write('kg start: stopped\n');
  } catch (err) {
    await store.close();
    throw err;
  }
  return failed > 0 ? 1 : 0;
}
