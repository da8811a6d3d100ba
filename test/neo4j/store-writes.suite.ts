// Writes into Neo4j: a batch is all or nothing, transient failures are retried and reported, loading is
// idempotent down to every property, and search (full-text index or CONTAINS) agrees with the embedded store.
import { Neo4jError, type ManagedTransaction } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openGraphologyStore } from '../../src/graph/graphology-store.js';
import { mergeEdge, mergeNode } from '../../src/graph/merge.js';
import { asInputs, ingestRecords } from '../../src/graph/ingest.js';
import type { GraphStore } from '../../src/graph/store.js';
import { Neo4jConstraintError, Neo4jQueryError } from '../../src/neo4j/errors.js';
import { CONSTRAINT_ATTEMPTS } from '../../src/neo4j/retry.js';
import { toGraph } from '../../src/resolve/to-graph.js';
import { loadInto } from '../../src/neo4j/load.js';
import { Neo4jStore } from '../../src/neo4j/store.js';
import { YUNXI } from '../fixtures/graph/yunxi.js';
import { YUNXI_COUNTS } from '../graph/store-contract.js';
import { neo4jAvailable } from '../setup/neo4j-env.js';
import { emptyNeo4jStore } from './helpers.js';

type Row = Record<string, unknown>;

/** A store whose write statements fail as `fail` says (by statement number, counted over every attempt). */
class FailingStore extends Neo4jStore {
  reports: string[] = [];
  private statement = 0;
  constructor(base: Neo4jStore, private readonly fail: (n: number, cypher: string) => Error | null) {
    super(base.driver, base.config);
    this.onRetry = (m) => { this.reports.push(m); };
  }
  protected override async runInTx(tx: ManagedTransaction, cypher: string, params: Row): Promise<Row[]> {
    const err = this.fail(this.statement++, cypher);
    if (err) throw err;
    return super.runInTx(tx, cypher, params);
  }
}

const everything = async (s: GraphStore) => {
  const nodes = [];
  for await (const n of s.allNodes()) nodes.push(n);
  const edges = [];
  for await (const e of s.allEdges()) edges.push(e);
  const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { nodes: byId(nodes), edges: byId(edges) };
};

const embedded = async () => {
  const s = await openGraphologyStore(null);
  await ingestRecords(asInputs(YUNXI), s);
  return s;
};

describe.skipIf(!neo4jAvailable())('Neo4j writes', () => {
  it('retries a batch after a transient failure, reports it, and stores it once', async () => {
    const s = new FailingStore(await emptyNeo4jStore(), (n) => (n === 1 ? new Neo4jError('deadlock', 'Neo.TransientError.Transaction.DeadlockDetected', '', '') : null));
    try {
      const summary = await ingestRecords(asInputs(YUNXI), s);
      expect(summary.failed).toEqual([]);
      expect(s.retries).toBe(1);
      expect(s.reports).toHaveLength(1);
      expect(s.reports[0]).toMatch(/^bolt:\/\/.*retried \(attempt 2\) after Neo\.TransientError\.Transaction\.DeadlockDetected/);
      expect((await s.counts()).nodes).toEqual(YUNXI_COUNTS.nodes);
    } finally {
      await s.close();
    }
  });

  it('retries a batch that lost a MERGE race on a uniqueness constraint, reports it, and stores it once', async () => {
    const race = () => new Neo4jError('Node(7) already exists with label `Person` and property `id` = \'person:林晓峰\'',
      'Neo.ClientError.Schema.ConstraintValidationFailed', '', '');
    const s = new FailingStore(await emptyNeo4jStore(), (n) => (n === 2 ? race() : null));
    try {
      const summary = await ingestRecords(asInputs(YUNXI), s);
      expect(summary.failed).toEqual([]);
      expect(s.retries).toBe(1);
      expect(s.reports[0]).toMatch(/retried \(attempt 2\) after Neo\.ClientError\.Schema\.ConstraintValidationFailed/);
      expect(await s.counts()).toEqual(YUNXI_COUNTS);
    } finally {
      await s.close();
    }
  });

  it('gives up on a constraint failure that comes back every time, as a Neo4jConstraintError, storing nothing', async () => {
    const s = new FailingStore(await emptyNeo4jStore(), () => new Neo4jError('always', 'Neo.ClientError.Schema.ConstraintValidationFailed', '', ''));
    try {
      await expect(s.mergeBatch(toGraph(YUNXI[0]!))).rejects.toBeInstanceOf(Neo4jConstraintError);
      expect(s.retries).toBe(CONSTRAINT_ATTEMPTS - 1);
      expect(await s.counts()).toEqual({ nodes: {}, relationships: {} });
    } finally {
      await s.close();
    }
  });

  it('never keeps half a batch: a failure at the relationships leaves the nodes out too', async () => {
    const s = new FailingStore(await emptyNeo4jStore(), (_, cypher) => (/MERGE \(a\)-\[r:/.test(cypher) ? new Error('boom') : null));
    try {
      const [first] = YUNXI;
      const summary = await ingestRecords(asInputs([first!]), s);
      expect(summary.failed).toHaveLength(1);
      expect(s.retries).toBe(0);
      expect(await s.counts()).toEqual({ nodes: {}, relationships: {} });
      await expect(s.mergeBatch({
        nodes: [{ id: 'person:甲', label: 'Person', name: '甲', aliases: [], props: {} }, { id: 'person:乙', label: 'Person', name: '乙', aliases: [], props: {} }],
        edges: [{ id: 'x', type: 'PART_OF', from: 'person:甲', to: 'person:乙', props: {}, evidence: [] }],
      })).rejects.toBeInstanceOf(Neo4jQueryError);
    } finally {
      await s.close();
    }
  });

  describe('loaded from the embedded store', () => {
    let source: GraphStore;
    let target: Neo4jStore;
    beforeAll(async () => {
      source = await embedded();
      target = await emptyNeo4jStore();
    });
    afterAll(async () => { await source.close(); await target.close(); });

    it('holds exactly what the embedded store holds, and a second load changes nothing', async () => {
      const progress: string[] = [];
      const first = await loadInto(source, target, { batch: 7, onProgress: (m) => progress.push(m) });
      expect(first).toMatchObject({ nodesCreated: first.nodes, edgesCreated: first.edges });
      // an empty database takes the bulk path: no read-back, full-text indexes rebuilt once at the end
      expect(progress.some((m) => m.startsWith('empty database'))).toBe(true);
      const fulltext = (await target.driver.executeQuery("SHOW INDEXES YIELD name, type, state WHERE type = 'FULLTEXT' RETURN name, state ORDER BY name"))
        .records.map((x) => x.toObject());
      expect(fulltext).toEqual([{ name: 'entity_names', state: 'ONLINE' }, { name: 'entity_search_keys', state: 'ONLINE' }]);
      // what Neo4j holds is in the merge rules' canonical form (the embedded store keeps a new edge as toGraph made it)
      const raw = await everything(source);
      const want = { nodes: raw.nodes.map((n) => mergeNode(n, n)), edges: raw.edges.map((e) => mergeEdge(e, e)) };
      expect(await everything(target)).toEqual(want);
      const again: string[] = [];
      const second = await loadInto(source, target, { batch: 1000, onProgress: (m) => again.push(m) });
      expect(second).toMatchObject({ nodesCreated: 0, edgesCreated: 0 });
      expect(again.some((m) => m.startsWith('empty database'))).toBe(false); // not empty: merged, as ingest does
      expect(await everything(target)).toEqual(want);
    });

    it('keeps evidence as parallel arrays on each relationship, without duplicates after a reload', async () => {
      const rows = (await target.driver.executeQuery(
        'MATCH ()-[r:ATTENDED]->() RETURN r.evidenceArticle AS a, r.evidenceStart AS s, r.evidenceEnd AS e, r.evidenceSentence AS t')).records.map((x) => x.toObject());
      expect(rows.length).toBe(YUNXI_COUNTS.relationships.ATTENDED);
      for (const r of rows) {
        const n = (r.a as unknown[]).length;
        expect(n).toBeGreaterThan(0);
        expect([(r.s as unknown[]).length, (r.e as unknown[]).length, (r.t as unknown[]).length]).toEqual([n, n, n]);
        const keys = (r.a as string[]).map((a, i) => `${a}@${(r.s as number[])[i]}`);
        expect(new Set(keys).size).toBe(n);
      }
    });

    it('finds every node by each of its names and aliases as the embedded store does', async () => {
      const { nodes } = await everything(source);
      const asked = nodes.flatMap((n) => [n.name, ...n.aliases, `${n.name}X`].map((name) => [n.label, name] as const));
      expect(nodes.some((n) => n.aliases.length > 0)).toBe(true);
      for (const [label, name] of asked) {
        expect((await target.findByName(label, name))?.id, `${label} ${name}`).toBe((await source.findByName(label, name))?.id);
      }
    });

    it('pages neighbours and members of every node, type and direction in the same order as the embedded store', async () => {
      const { nodes } = await everything(source);
      const pages = [{}, { limit: 1 }, { limit: 2, offset: 1 }, { offset: 1 }];
      for (const n of nodes) {
        for (const type of ['MENTIONS', 'ATTENDED', 'HOLDS_POSITION', 'PART_OF', 'REPORTS'] as const) {
          for (const direction of ['out', 'in', 'both'] as const) {
            for (const p of pages) {
              const q = { type, direction, ...p };
              const ids = (hits: { edge: { id: string } }[]) => hits.map((h) => h.edge.id);
              expect(ids(await target.neighbours(n.id, q)), `${n.id} ${JSON.stringify(q)}`).toEqual(ids(await source.neighbours(n.id, q)));
            }
          }
        }
        for (const p of [{ limit: 100, offset: 0 }, { limit: 1, offset: 1 }]) {
          expect(await target.membersOf(n.id, p), `members of ${n.id}`).toEqual(await source.membersOf(n.id, p));
        }
        const people = { type: 'MENTIONS' as const, direction: 'out' as const, label: 'Person' as const };
        expect(await target.neighbours(n.id, people)).toEqual(await source.neighbours(n.id, people));
      }
    });

    it('finds no path within zero hops, as the embedded store', async () => {
      const { nodes } = await everything(source);
      const [a, b] = nodes.map((n) => n.id);
      expect(await source.shortestPath(a!, b!, 0)).toBeNull();
      expect(await target.shortestPath(a!, b!, 0)).toBeNull();
    });

    it.each([
      ['云溪县'], ['云溪'], ['溪县委'], ['县'], ['晓峰'], ['商务局'], ['2026'], ['务虚'], ['不存在的名字'],
    ])('search and name filters "%s" answer as the embedded store does', async (text) => {
      for (const limit of [1, 50]) {
        const want = (await source.search(text, { limit })).map((n) => n.id);
        expect((await target.search(text, { limit })).map((n) => n.id)).toEqual(want);
        const people = (await source.search(text, { labels: ['Person'], limit })).map((n) => n.id);
        expect((await target.search(text, { labels: ['Person'], limit })).map((n) => n.id)).toEqual(people);
      }
      for (const label of ['Person', 'Organization', 'Place', 'Company'] as const) {
        const f = { label, nameContains: text, limit: 50, offset: 0 };
        expect((await target.listNodes(f)).map((n) => n.id), label).toEqual((await source.listNodes(f)).map((n) => n.id));
      }
      const m = { nameContains: text, limit: 50, offset: 0 };
      expect((await target.listMeetings(m)).map((n) => n.id)).toEqual((await source.listMeetings(m)).map((n) => n.id));
    });
  });
});
