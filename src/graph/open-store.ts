// Chooses the GraphStore a command works on: the graphology file (default) or Neo4j (--neo4j: NEO4J_URI,
// NEO4J_USER, NEO4J_PASSWORD); every command (ingest, stats, serve, export, start) goes through it.
import { existsSync } from 'node:fs';
import { UsageError } from '../cli/args.js';
import { DEFAULT_STORE_FILE, openGraphologyStore } from './graphology-store.js';
import { GraphStoreError, type GraphStore } from './store.js';

export interface StoreFlags {
  /** --store F: the graph file */
  store?: string | undefined;
  /** --neo4j: use the Neo4j server from NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD */
  neo4j?: boolean | undefined;
}

export interface OpenOptions {
  /** the graph file must already exist (stats, serve, export); ingest creates it */
  mustExist?: boolean;
}

/** The graph file: --store, else KG_STORE, else .kg/graph.json. */
export function storeFile(flags: StoreFlags): string {
  return flags.store ?? process.env.KG_STORE ?? DEFAULT_STORE_FILE;
}

export async function openStore(flags: StoreFlags, options: OpenOptions = {}): Promise<GraphStore> {
  if (flags.neo4j && flags.store) throw new UsageError('give either --store F or --neo4j, not both');
  if (flags.neo4j) {
    const { openNeo4jStore } = await import('../neo4j/store.js'); // loaded only when asked for
    return openNeo4jStore();
  }
  const file = storeFile(flags);
  if (options.mustExist && !existsSync(file)) {
    throw new GraphStoreError(`${file}: no graph file here (run \`kg ingest <files>\` first, or give --store F)`);
  }
  return openGraphologyStore(file);
}

/** The flag declarations every store-using command accepts (for parseArgs). */
export const STORE_FLAG_SPEC = {
  store: { type: 'string' as const },
  neo4j: { type: 'boolean' as const },
};
