// The Neo4j the test setup provides is a real Neo4j 5.26 that answers over Bolt.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { neo4jAvailable, neo4jUri } from '../setup/neo4j-env.js';

describe.skipIf(!neo4jAvailable())('Neo4j for the tests', () => {
  it('answers Cypher over Bolt and is version 5.26', async () => {
    const driver = neo4j.driver(neo4jUri());
    try {
      const info = await driver.getServerInfo();
      expect(info.agent).toMatch(/^Neo4j\/5\.26\./);
      const r = await driver.executeQuery('RETURN $x + 1 AS y', { x: 41 });
      expect(Number(r.records[0]?.get('y'))).toBe(42);
    } finally {
      await driver.close();
    }
  });
});
