// kg stats: counts of nodes per label and relationships per type.
import { parseArgs, UsageError } from './args.js';
import { openStore, STORE_FLAG_SPEC } from '../graph/open-store.js';
import { countsJson, formatCounts } from '../graph/report.js';

export const help = `usage: kg stats [--store F | --neo4j] [--json]

Prints the number of nodes per label and relationships per type.
  --json   one JSON object: {"nodes":{"Person":14,…},"relationships":{"ATTENDED":8,…}}
`;

export async function run(argv: string[]): Promise<number> {
  const { flags, positionals } = parseArgs(argv, { ...STORE_FLAG_SPEC, json: { type: 'boolean' } });
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const store = await openStore({ store: flags.store as string | undefined, neo4j: flags.neo4j as boolean | undefined }, { mustExist: true });
  try {
    const counts = await store.counts();
    process.stdout.write(flags.json ? `${JSON.stringify(countsJson(counts))}\n` : formatCounts(counts));
    return 0;
  } finally {
    await store.close();
  }
}
