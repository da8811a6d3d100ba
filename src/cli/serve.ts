// kg serve: GraphQL over the graph until SIGTERM / SIGINT.
import { parseArgs, UsageError } from './args.js';
import { openStore, STORE_FLAG_SPEC } from '../graph/open-store.js';
import { serveOptions, serveUntilSignal } from '../graphql/serve-until-signal.js';

export const help = `usage: kg serve [--store F | --neo4j] [--port N] [--host H]

Serves the graph over GraphQL (schema: graphql/schema.graphql) with GraphiQL for browsers.
  --port N   default 4000, or PORT; 0 picks a free port
  --host H   default 127.0.0.1 (only this machine); 0.0.0.0 to listen on every interface
Prints the URL when ready; stops cleanly on SIGTERM or Ctrl-C.
`;

export async function run(argv: string[]): Promise<number> {
  const { flags, positionals } = parseArgs(argv, { ...STORE_FLAG_SPEC, port: { type: 'string' }, host: { type: 'string' } });
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  let options;
  try { options = serveOptions({ port: flags.port as string | undefined, host: flags.host as string | undefined }); } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const store = await openStore({ store: flags.store as string | undefined, neo4j: flags.neo4j as boolean | undefined }, { mustExist: true });
  try {
    await serveUntilSignal(store, options, (server) => {
      process.stdout.write(`${server.url}\n`);
      process.stderr.write(`kg serve: GraphQL on ${server.url} (GraphiQL in a browser; Ctrl-C stops)\n`);
    });
  } catch (err) {
    await store.close();
    throw err;
  }
  process.stderr.write('kg serve: stopped\n');
  return 0;
}
