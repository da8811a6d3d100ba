// kg start (what `npm start` runs): ingest the examples (or the given files) into the graph, then serve it.
import { existsSync, readdirSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, UsageError } from './args.js';
import { openStore, STORE_FLAG_SPEC } from '../graph/open-store.js';
import { serveUntilSignal } from '../graphql/serve-until-signal.js';
import { SERVE_FLAGS_HELP, SERVE_FLAG_SPEC, serveOptionsFromFlags } from './serve-flags.js';
import { ingestInChild } from './start-ingest.js';

/** examples/ at the package root (src/cli and dist/cli both sit two levels below it). */
export const EXAMPLES_DIR = fileURLToPath(new URL('../../examples/', import.meta.url));

export const help = `usage: kg start [--store F | --neo4j] [--date YYYY-MM-DD] [serve options] [files|folders…]

Ingests the project's examples/ (or the given files and folders) into the graph file (default .kg/graph.json;
ingesting is idempotent, so starting again changes nothing), then serves it like \`kg serve\`: the explorer at
http://127.0.0.1:4000/, GraphQL at /graphql. The ingest runs in a child process, so the server does not keep the
extraction dictionaries in memory.
${SERVE_FLAGS_HELP}
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

export async function run(argv: string[]): Promise<number> {
  const { flags, positionals } = parseArgs(argv, { ...STORE_FLAG_SPEC, ...SERVE_FLAG_SPEC, date: { type: 'string' } });
  const date = flags.date as string | undefined;
  if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError(`--date must be YYYY-MM-DD, got "${date}"`);
  const options = serveOptionsFromFlags(flags);
  const storeFlags = { store: flags.store as string | undefined, neo4j: flags.neo4j as boolean | undefined };
  if (storeFlags.store && storeFlags.neo4j) throw new UsageError('give either --store F or --neo4j, not both');
  const inputs = positionals.length > 0 ? positionals : defaultInputs();
  const failed = inputs.length > 0 ? await ingestInChild({ inputs, date, store: storeFlags }) : 0;
  const store = await openStore(storeFlags);
  try {
    await serveUntilSignal(store, options, (server) => {
      process.stdout.write(`Explorer: ${server.origin}/\nGraphQL: ${server.url}  (GraphiQL: open it in a browser)\nTry:\n  ${exampleQuery(server.url)}\n`);
    });
    process.stderr.write('kg start: stopped\n');
  } catch (err) {
    await store.close();
    throw err;
  }
  return failed > 0 ? 1 : 0;
}
