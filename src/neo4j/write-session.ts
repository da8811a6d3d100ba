// One unit of work in one write transaction, retried until it commits or fails for good: transient failures
// (deadlocks included) by the driver's executeWrite, constraint races by retryConstraintRaces (retry.ts). Every
// retry is reported with the code of the failure that caused it; a final failure becomes a typed error (errors.ts).
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { Neo4jConfig } from './config.js';
import { mapNeo4jError } from './errors.js';
import { retryConstraintRaces } from './retry.js';

export interface WriteOptions {
  /** what the work is, for messages ("batch of 3 node(s), 2 relationship(s)") */
  what: string;
  /** told before each retry (`attempt` counts from 2) */
  onRetry: (message: string) => void;
}

export async function inWriteTransaction<T>(driver: Driver, config: Neo4jConfig, work: (tx: ManagedTransaction) => Promise<T>, o: WriteOptions): Promise<T> {
  const session = driver.session({ database: config.database, defaultAccessMode: neo4j.session.WRITE });
  let attempt = 0;
  let last: unknown;
  const once = async (tx: ManagedTransaction): Promise<T> => {
    if (attempt++ > 0) {
      const why = (last as { code?: string } | undefined)?.code ?? 'a transient failure';
      o.onRetry(`${config.uri}: ${o.what} retried (attempt ${attempt}) after ${why}`);
    }
    try {
      return await work(tx);
    } catch (err) {
      last = err;
      throw err;
    }
  };
  try {
    return await retryConstraintRaces(() => session.executeWrite(once), (err) => { last = err; });
  } catch (err) {
    throw mapNeo4jError(err, config.uri, 'mergeBatch');
  } finally {
    await session.close();
  }
}
