// A Neo4j store on the test server, emptied first (the test Neo4j holds nothing else).
import { Neo4jStore, openNeo4jStore } from '../../src/neo4j/store.js';
import { neo4jUri } from '../setup/neo4j-env.js';

export async function emptyNeo4jStore(): Promise<Neo4jStore> {
  const store = await openNeo4jStore({ uri: neo4jUri() });
  const session = store.driver.session();
  try {
    // an implicit (auto-commit) transaction: the only kind that may run CALL … IN TRANSACTIONS
    await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
  return store;
}
