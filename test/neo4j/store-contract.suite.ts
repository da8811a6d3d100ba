// The GraphStore contract, against a real Neo4j.
import { describe } from 'vitest';
import { runStoreContract } from '../graph/store-contract.js';
import { neo4jAvailable } from '../setup/neo4j-env.js';
import { emptyNeo4jStore } from './helpers.js';

describe.skipIf(!neo4jAvailable())('Neo4j store', () => {
  runStoreContract('neo4j', emptyNeo4jStore);
});
