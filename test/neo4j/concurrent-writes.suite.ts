// Many writers into one Neo4j (the scale-out recipe of docs/neo4j.md): concurrent `kg ingest --neo4j` processes of
// overlapping inputs end exactly as one sequential ingest — counts and every relationship's evidence; a loader
// killed with kill -9 in the middle of a batch leaves nothing of that batch, and a rerun converges too.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runKg, runKgAsync } from '../cli/run-kg.js';
import { contendedArticles, generatedArticles, overlappingParts, shuffled, writeParts } from '../helpers/corpus.js';
import { neo4jAvailable, neo4jUri } from '../setup/neo4j-env.js';
import type { GraphNode } from '../../src/graph/model.js';
import { RESOLVER } from '../../src/resolve/resolve-batch.js';
import { nodeToProps } from '../../src/neo4j/codec.js';
import type { Neo4jStore } from '../../src/neo4j/store.js';
import { emptyNeo4jStore } from './helpers.js';

const SEED = 31;
const env = () => ({ NEO4J_URI: neo4jUri(), NEO4J_USER: '', NEO4J_PASSWORD: '' });
const stats = (): unknown => {
  const r = runKg(['stats', '--neo4j', '--json'], { env: env() });
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
};
const ingest = (file: string) => runKg(['ingest', '--neo4j', '--jsonl', file], { env: env() });

/** Node ids with their names, relationship ids with their evidence and roles: what lost updates would change. */
async function content(store: Neo4jStore): Promise<string[]> {
  const out: string[] = [];
  for await (const n of store.allNodes()) out.push(`${n.id} ${[n.name, ...n.aliases].sort().join('|')}`);
  for await (const e of store.allEdges()) {
    out.push(`${e.id} ${e.evidence.map((x) => `${x.article}@${x.start}`).sort().join(',')} ${JSON.stringify(e.props.roles ?? null)}`);
  }
  return out.sort();
}

/** Nodes only a lock made (placeholders) or without kg's properties: there must be none after any run. */
async function strays(store: Neo4jStore): Promise<number> {
  const r = await store.driver.executeQuery('MATCH (n) WHERE n._placeholder IS NOT NULL OR n._json IS NULL RETURN count(n) AS c');
  return Number(r.records[0]?.get('c'));
}

describe.skipIf(!neo4jAvailable())(`concurrent writers into one Neo4j (seed ${SEED})`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-neo4j-concurrent-'));
  const lines = shuffled([...contendedArticles(24, SEED), ...generatedArticles(24, SEED + 1)], SEED);
  const all = writeParts(dir, 'all', [lines])[0] as string;
  let store: Neo4jStore;
  let reference: { stats: unknown; content: string[] };
  beforeAll(async () => {
    store = await emptyNeo4jStore();
    const r = ingest(all);
    expect(r.code, r.stderr).toBe(0);
    reference = { stats: stats(), content: await content(store) };
  }, 180_000);
  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('4 concurrent kg ingest --neo4j of overlapping inputs give the counts and contents of one sequential ingest', async () => {
    await (await emptyNeo4jStore()).close();
    const parts = writeParts(dir, 'part', overlappingParts(lines, 4, 0.6, SEED));
    const runs = await Promise.all(parts.map((p) => runKgAsync(['ingest', '--neo4j', '--jsonl', p], { env: env() })));
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    expect(stats()).toEqual(reference.stats);
    expect(await content(store)).toEqual(reference.content);
    expect(await strays(store)).toBe(0);
  }, 180_000);

  it('a loader killed with kill -9 in the middle of a batch leaves none of it; a rerun converges', async () => {
    await (await emptyNeo4jStore()).close();
    const [head, ...rest] = lines.filter((l) => l.includes('吕承安'));
    const [first, contended] = writeParts(dir, 'contended', [[head as string], rest]) as [string, string];
    expect(ingest(first).code).toBe(0);
    const before = stats();
    // another transaction holds the lock of a relationship every contended article updates: the loader's first
    // batch writes its nodes, then waits at that relationship, inside its transaction, until it is killed
    const blocker = store.driver.session();
    const tx = blocker.beginTransaction();
    await tx.run("MATCH (:Person {id: 'person:吕承安'})-[r:HOLDS_POSITION]->() SET r._lock = true REMOVE r._lock");
    let child: ChildProcess | undefined;
    const killed = runKgAsync(['ingest', '--neo4j', '--jsonl', contended], { env: env(), onSpawn: (c) => { child = c; } });
    await waitForBlockedTransaction(store);
    child?.kill('SIGKILL');
    expect((await killed).signal).toBe('SIGKILL');
    await tx.rollback();
    await blocker.close();
    expect(stats()).toEqual(before);
    const rerun = ingest(all);
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(stats()).toEqual(reference.stats);
    expect(await content(store)).toEqual(reference.content);
    expect(await strays(store)).toBe(0);
  }, 180_000);
});

const body = (name: string, aliases: string[]): GraphNode => ({ id: `org:${name}`, label: 'Organization', name, aliases, props: {} });

describe.skipIf(!neo4jAvailable())('a batch and the names it resolves', () => {
  it('waits for a writer of a name it resolves, then resolves onto the node that writer made', async () => {
    const store = await emptyNeo4jStore();
    const other = store.driver.session();
    try {
      // another writer is storing the body under its short name (the lock its own batch took, then its write)
      const tx = other.beginTransaction();
      await tx.run("MERGE (n:Organization {id: 'org:云岭省发改委'}) SET n._lock = true REMOVE n._lock");
      const merging = store.mergeBatch({ nodes: [body('云岭省发展和改革委员会', ['云岭省发改委'])], edges: [] }, RESOLVER);
      await waitForBlockedTransaction(store);
      await tx.run("MATCH (n:Organization {id: 'org:云岭省发改委'}) SET n = $props", { props: nodeToProps(body('云岭省发改委', [])) });
      await tx.commit();
      await merging;
      expect((await store.counts()).nodes).toEqual({ Organization: 1 });
      expect(await store.getNode('org:云岭省发改委')).toMatchObject({ aliases: ['云岭省发展和改革委员会'] });
      expect(await strays(store)).toBe(0);
    } finally {
      await other.close();
      await store.close();
    }
  });
});

/** Until some transaction waits for a lock (SHOW TRANSACTIONS status "Blocked by: …"). */
async function waitForBlockedTransaction(store: Neo4jStore): Promise<void> {
  for (let i = 0; i < 600; i++) {
    const r = await store.driver.executeQuery("SHOW TRANSACTIONS YIELD status WHERE status STARTS WITH 'Blocked' RETURN count(*) AS c");
    if (Number(r.records[0]?.get('c')) > 0) return;
    await new Promise((res) => setTimeout(res, 100));
  }
  throw new Error('no transaction became blocked within 60 s');
}
