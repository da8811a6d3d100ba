// kg serve: the explorer, GraphiQL and GraphQL over the graph until SIGTERM / SIGINT.
import { parseArgs, UsageError } from './args.js';
import { openStore, STORE_FLAG_SPEC } from '../graph/open-store.js';
import { serveUntilSignal } from '../graphql/serve-until-signal.js';
import { SERVE_FLAGS_HELP, SERVE_FLAG_SPEC, serveOptionsFromFlags } from './serve-flags.js';

export const help = `usage: kg serve [--store F | --neo4j] [--port N] [--host H] [--cors ORIGIN…] [--allow-host NAME…]
                [--max-body SIZE] [--timeout SECONDS]

Serves the graph: the explorer at /, GraphQL at /graphql (schema: graphql/schema.graphql) with GraphiQL for
browsers; every page and script comes from this server (no internet needed).
${SERVE_FLAGS_HELP}
Prints the GraphQL URL when ready; stops cleanly on SIGTERM or Ctrl-C. README § Security: opening it to a network.
`;

export async function run(argv: string[]): Promise<number> {
  const { flags, positionals } = parseArgs(argv, { ...STORE_FLAG_SPEC, ...SERVE_FLAG_SPEC });
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const options = serveOptionsFromFlags(flags);
  const store = await openStore({ store: flags.store as string | undefined, neo4j: flags.neo4j as boolean | undefined }, { mustExist: true });
  try {
    await serveUntilSignal(store, options, (server) => {
      process.stdout.write(`${server.url}\n`);
      process.stderr.write(`kg serve: explorer on ${server.origin}/ · GraphQL on ${server.url} (GraphiQL in a browser; Ctrl-C stops)\n`);
    });
  } catch (err) {
    await store.close();
    throw err;
  }
  process.stderr.write('kg serve: stopped\n');
  return 0;
}
