// GraphQL on Neo4j issues a bounded number of Cypher queries per request: one per field path, not one per
// list item (batched node look-ups and attendance).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/graphql/server.js';
import { Neo4jStore } from '../../src/neo4j/store.js';
import { YUNXI } from '../fixtures/graph/yunxi.js';
import { ARTICLE_3 } from '../fixtures/graph/yunxi-office.js';
import { gql, serveRecords } from '../graphql/http.js';
import { neo4jAvailable } from '../setup/neo4j-env.js';
import { countingDriver } from './counting-driver.js';
import { emptyNeo4jStore } from './helpers.js';

describe.skipIf(!neo4jAvailable())('Cypher queries per GraphQL request', () => {
  let store: Neo4jStore;
  let statements: () => number;
  let server: RunningServer;
  beforeAll(async () => {
    const base = await emptyNeo4jStore();
    const counting = countingDriver(base.driver); // counted at the driver, not by the store itself
    statements = counting.statements;
    store = new Neo4jStore(counting.driver, base.config);
    server = await serveRecords([...YUNXI, ARTICLE_3], store);
  });
  afterAll(async () => { await server.close(); });

  const count = async (query: string): Promise<number> => {
    const before = statements();
    const own = store.queries;
    const r = await gql(server.url, query);
    expect(r.body.errors).toBeUndefined();
    expect(store.queries - own).toBe(statements() - before); // the store's counter misses nothing
    return statements() - before;
  };

  it('does not grow with the number of meetings listed (attendees, people, evidence articles)', async () => {
    const q = (limit: number) => `{ meetings(limit: ${limit}) { name attendees { person { name } roles order evidence { sentence article { name } } } } }`;
    const one = await count(q(1));
    const all = await count(q(10));
    expect(all).toBe(one);
    expect(all).toBeLessThanOrEqual(3);
  });

  it('answers a person\'s positions with their organisations in a fixed number of queries', async () => {
    expect(await count('{ person(name: "林晓峰") { positions { title organization { name } evidence { article { name } } } } }')).toBeLessThanOrEqual(4);
  });
});
