// For test files: whether a Neo4j is there (see test/setup/neo4j.ts) and its URI.
import { inject } from 'vitest';

export function neo4jUri(): string {
  return inject('neo4jUri') || process.env.NEO4J_URI || '';
}

export function neo4jAvailable(): boolean {
  return neo4jUri() !== '';
}
