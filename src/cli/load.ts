// kg load: push an embedded graph file into Neo4j (nodes first, then relationships, in batches).
import { intFlag, parseArgs, UsageError } from './args.js';
import { openGraphologyStore } from '../graph/graphology-store.js';
import { existsSync } from 'node:fs';
import { loadInto } from '../neo4j/load.js';
import { openNeo4jStore } from '../neo4j/store.js';

export const help = `usage: kg load --from .kg/graph.json [--batch N]

Pushes the embedded graph file into Neo4j (NEO4J_URI, default bolt://127.0.0.1:7687; NEO4J_USER,
NEO4J_PASSWORD): constraints and indexes first (cypher/schema.cypher), then every node and every
relationship, merged with the same rules as ingest (loading again changes nothing).

  --from F    the graph file (default .kg/graph.json)
  --batch N   rows per transaction (default 5000)
`;

export async function run(argv: string[]): Promise<number> {
  const { flags, positionals } = parseArgs(argv, { from: { type: 'string' }, batch: { type: 'string' } });
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const file = (flags.from as string | undefined) ?? '.kg/graph.json';
  if (!existsSync(file)) throw new UsageError(`${file}: no graph file (run kg ingest first, or give --from F)`);
  const source = await openGraphologyStore(file);
  const target = await openNeo4jStore();
  try {
    const r = await loadInto(source, target, { batch: intFlag(flags.batch, 'batch', 5000) || 5000, onProgress: (m) => process.stderr.write(`kg load: ${m}\n`) });
    process.stderr.write(`kg load: ${file} → ${target.location}: ${r.nodes} nodes (${r.nodesCreated} new), ${r.edges} relationships (${r.edgesCreated} new) in ${(r.ms / 1000).toFixed(1)} s\n`);
  } finally {
    await target.close();
  }
  return 0;
}
