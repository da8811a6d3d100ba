// The GraphQL API contract served from Neo4j.
import { describe } from 'vitest';
import { runApiContract } from '../graphql/api-contract.js';
import { neo4jAvailable } from '../setup/neo4j-env.js';
import { emptyNeo4jStore } from './helpers.js';

describe.skipIf(!neo4jAvailable())('Neo4j', () => {
  runApiContract('neo4j', emptyNeo4jStore);
});
