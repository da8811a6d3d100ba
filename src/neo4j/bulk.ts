// The fast path of `kg load` into an empty database. Nothing can be stored under the source's ids, so batches
// are created without reading anything back (write.ts createBatch), and the two full-text indexes, which
// Neo4j keeps consistent inside every write transaction (eventually_consistent: false), are dropped for the
// load and rebuilt once at its end by applySchema — one population pass instead of one update per row.
import type { Driver } from 'neo4j-driver';
import { LABELS } from '../graph/model.js';

/** The full-text indexes of cypher/schema.cypher (names fixed here, never from input). */
const FULLTEXT_INDEXES = ['entity_names', 'entity_search_keys'] as const;

/** Whether the database holds no node of kg's labels; when it holds none, drops the full-text indexes. */
export async function startBulkLoad(driver: Driver, database?: string): Promise<boolean> {
  const any = await driver.executeQuery(`MATCH (n) WHERE ${LABELS.map((l) => `n:${l}`).join(' OR ')} RETURN n LIMIT 1`, {}, { database });
  if (any.records.length > 0) return false;
  for (const name of FULLTEXT_INDEXES) await driver.executeQuery(`DROP INDEX ${name} IF EXISTS`, {}, { database });
  return true;
}
