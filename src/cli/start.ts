// kg start (what `npm start` runs): ingest the examples (or the given files) into the graph, then serve it.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { extname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, UsageError } from './args.js';
import { extractInputs, type ExtractResult } from '../extract/pipeline.js';
import { listInputFiles } from '../io/list-files.js';
import { ingestRecords } from '../graph/ingest.js';
import { openStore, storeFile, STORE_FLAG_SPEC } from '../graph/open-store.js';
import { formatSummary } from '../graph/report.js';
import { serveOptions, serveUntilSignal } from '../graphql/serve-until-signal.js';

/** examples/ at the package root (src/cli and dist/cli both sit two levels below it). */
export const EXAMPLES_DIR = fileURLToPath(new URL('../../examples/', import.meta.url));

export const help = `usage: kg start [--store F] [--port N] [--host H] [--date YYYY-MM-DD] [files|folders…]

Ingests the project's examples/ (or the given files and folders) into the graph file (default .kg/graph.json;
ingesting is idempotent, so starting again changes nothing), then serves it over GraphQL like \`kg serve\`.
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

/** Pages and JSON-lines files alike: folders give both kinds, a file is read by its extension. */
async function* mixedInputs(paths: string[], date: string | undefined): AsyncGenerator<ExtractResult> {
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
  const store = await openStore(storeFlags);
  const inputs = positionals.length > 0 ? positionals : defaultInputs();
  let failed = 0;
  try {
    if (inputs.length > 0) {
      const summary = await ingestRecords(mixedInputs(inputs, date), store);
      await store.flush();
      failed = summary.failed.length;
      process.stderr.write(`kg start: ${formatSummary(summary, await store.counts(), storeFile(storeFlags))}`);
    }
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
