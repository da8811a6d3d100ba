// The Neo4j GraphStore: the same contract as the embedded store (test/graph/store-contract.ts), over Bolt.
// Every read is a bounded number of Cypher queries (one for most methods, two for name look-ups); the lists
// are ordered and paged by the embedded store's own functions over the fetched neighbourhood.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { AttendanceRole } from '../extract/record.js';
import * as read from '../graph/graphology-read.js';
import * as rel from '../graph/graphology-relations.js';
import { labelOfId } from '../graph/ids.js';
import { LABELS, REL_TYPES, type GraphBatch, type GraphEdge, type GraphNode, type Label, type RelType } from '../graph/model.js';
import { normalizeName, searchKey } from '../graph/names.js';
import type {
  Around, AroundFilter, CoAttendee, DateRange, GraphCounts, GraphStore, Hit, MeetingFilter, MergeResult, NeighbourQuery, NodeFilter, Page, PathStep, Resolver,
} from '../graph/store.js';
import { edgeFromProps, nodeFromProps } from './codec.js';
import { configFromEnv, openDriver, type Neo4jConfig } from './config.js';
import { mapNeo4jError } from './errors.js';
import { applySchema } from './schema.js';
import { startBulkLoad } from './bulk.js';
import { localGraph } from './local-graph.js';
import { aroundQuery, edgesQuery } from './around.js';
import { aliasQuery, candidates, searchQuery } from './search.js';
import { checkLabel, checkType, writeBatch } from './write.js';
import { mergeInTx } from './merge-tx.js';
import { inWriteTransaction } from './write-session.js';

type Row = Record<string, unknown>;
const MAX_HOPS = 6;

export class Neo4jStore implements GraphStore {
  /** Cypher statements sent so far (reads and writes): lets tests show a request's query count is bounded. */
  queries = 0;

  constructor(readonly driver: Driver, readonly config: Neo4jConfig) {}

  get location(): string { return this.config.uri; }

  private async q(cypher: string, params: Row = {}): Promise<Row[]> {
    this.queries++;
    try {
      const r = await this.driver.executeQuery(cypher, params, { routing: neo4j.routing.READ, database: this.config.database });
      return r.records.map((x) => x.toObject());
    } catch (err) {
      throw mapNeo4jError(err, this.config.uri, 'query');
    }
  }

  private nodeMatch(id: string, v = 'n'): string {
    const label = labelOfId(id);
    return label ? `(${v}:${checkLabel(label)} {id: $id})` : `(${v} {id: $id})`;
  }

  async hasArticle(id: string, hash: string): Promise<boolean> {
    return (await this.q('MATCH (n:Article {id: $id}) WHERE n.hash = $hash RETURN count(n) AS c', { id, hash }))[0]?.c === 1;
  }

  /** Batches run again after a transient failure (deadlock, leader switch, lost connection) or a constraint race. */
  retries = 0;
  /** Where retries are reported; stderr unless a caller says otherwise. */
  onRetry: (message: string) => void = (m) => { process.stderr.write(`kg: ${m}\n`); };

  /** One statement inside a write transaction (a seam for tests that make a batch fail). */
  protected async runInTx(tx: ManagedTransaction, cypher: string, params: Row): Promise<Row[]> {
    this.queries++;
    return (await tx.run(cypher, params)).records.map((x) => x.toObject());
  }

  /**
   * The whole batch in one transaction: all of it is stored or none of it. Safe with other writers at once: the
   * nodes it touches are locked and the batch resolved inside the transaction (merge-tx.ts). Transient failures
   * (deadlocks included) and constraint races are retried (write-session.ts); each retry is reported.
   */
  async mergeBatch(batch: GraphBatch, resolver?: Resolver): Promise<MergeResult> {
    const run = (tx: ManagedTransaction, c: string, p: Row): Promise<Row[]> => this.runInTx(tx, c, p);
    return inWriteTransaction(this.driver, this.config, (tx) => (this.fresh
      ? writeBatch(tx, run, batch, true)
      : mergeInTx(tx, run, batch, resolver, (t, label, name) => this.lookupName((c, p) => run(t, c, p), label, name))), {
      what: `batch of ${batch.nodes.length} node(s), ${batch.edges.length} relationship(s)`,
      onRetry: (m) => { this.retries++; this.onRetry(m); },
    });
  }

  /** True between beginBulkLoad and endBulkLoad when the database held none of kg's nodes (see bulk.ts). */
  private fresh = false;

  /**
   * Starts a bulk load (kg load): when the database holds none of kg's nodes, batches are CREATEd without
   * reading back and the full-text indexes are dropped until endBulkLoad rebuilds them in one pass. Returns
   * whether that fast path is on; otherwise every batch is merged as usual.
   */
  async beginBulkLoad(): Promise<boolean> {
    this.fresh = await startBulkLoad(this.driver, this.config.database);
    return this.fresh;
  }

  /** Ends a bulk load: indexes back (cypher/schema.cypher) and populated before this returns. */
  async endBulkLoad(): Promise<void> {
    if (!this.fresh) return;
    this.fresh = false;
    await applySchema(this.driver, this.config.database);
  }

  async flush(): Promise<void> {}
  async close(): Promise<void> { await this.driver.close(); }

  async getNode(id: string): Promise<GraphNode | null> {
    const r = await this.q(`MATCH ${this.nodeMatch(id)} RETURN n._json AS j`, { id });
    return r[0] ? nodeFromProps({ _json: r[0].j }) : null;
  }

  async getNodes(ids: readonly string[]): Promise<GraphNode[]> {
    if (ids.length === 0) return [];
    const byLabel = new Map<string, string[]>();
    for (const id of ids) {
      const l = labelOfId(id);
      if (!l) continue;
      const xs = byLabel.get(l);
      if (xs) xs.push(id); else byLabel.set(l, [id]);
    }
    // one statement: a UNION branch per label present, so the id constraint's index serves every look-up
    const branches = [...byLabel.keys()].map((l, i) => `MATCH (n:${checkLabel(l)}) WHERE n.id IN $ids${i} RETURN n._json AS j`);
    const params = Object.fromEntries([...byLabel.values()].map((v, i) => [`ids${i}`, v]));
    return (await this.q(branches.join(' UNION ALL '), params)).map((x) => nodeFromProps({ _json: x.j }));
  }

  async attendanceMany(ids: readonly string[], o: Page & { role?: AttendanceRole | null }): Promise<Map<string, Hit[]>> {
    const rows = await this.q(
      'MATCH (m:Meeting) WHERE m.id IN $ids OPTIONAL MATCH (m)<-[r:ATTENDED]-(p) RETURN m._json AS m, collect([r._json, p._json]) AS hits', { ids: [...ids] });
    const out = new Map<string, Hit[]>(ids.map((id) => [id, []]));
    for (const row of rows) {
      const m = nodeFromProps({ _json: row.m });
      const hits = (row.hits as [string | null, string | null][]).filter(([r]) => r !== null);
      const g = localGraph([m, ...hits.map(([, p]) => nodeFromProps({ _json: p }))], hits.map(([r]) => edgeFromProps({ _json: r })));
      out.set(m.id, read.attendance(g, m.id, o));
    }
    return out;
  }

  async relationshipsAround(id: string, f: AroundFilter): Promise<Around> {
    const { cypher, params } = aroundQuery(this.nodeMatch(id), id, f);
    const row = (await this.q(cypher, params))[0];
    const page = (row?.page ?? []) as [string, string][];
    return { total: Number(row?.total ?? 0), hits: page.map(([e, m]) => ({ edge: edgeFromProps({ _json: e }), node: nodeFromProps({ _json: m }) })) };
  }

  async getEdges(ids: readonly string[]): Promise<GraphEdge[]> {
    const query = edgesQuery(ids);
    return query ? (await this.q(query.cypher, query.params)).map((x) => edgeFromProps({ _json: x.e })) : [];
  }

  async findByName(label: Label, name: string): Promise<GraphNode | null> {
    return this.lookupName((c, p) => this.q(c, p), label, name);
  }

  /** findByName through `q` (a read on its own, or a statement of a write transaction). */
  private async lookupName(q: (cypher: string, params: Row) => Promise<Row[]>, label: Label, name: string): Promise<GraphNode | null> {
    const L = checkLabel(label);
    const key = normalizeName(name);
    const exact = await q(`MATCH (n:${L} {nameKey: $key}) RETURN n._json AS j ORDER BY n.id LIMIT 1`, { key });
    const alias = aliasQuery(key, L);
    const hit = exact[0] ?? (await q(alias.cypher, alias.params))[0];
    return hit ? nodeFromProps({ _json: hit.j }) : null;
  }

  async search(text: string, opts: { labels?: Label[]; limit: number }): Promise<GraphNode[]> {
    const key = searchKey(text);
    if (!key) return [];
    const { cypher, params } = searchQuery(key, opts.labels ?? LABELS);
    const rows = await this.q(cypher, params);
    return read.search(localGraph(rows.map((x) => nodeFromProps({ _json: x.j })), []), text, opts);
  }

  async listNodes(f: NodeFilter): Promise<GraphNode[]> {
    const c = candidates(f.label, f.nameContains ? searchKey(f.nameContains) : null);
    const rows = await this.q(
      `${c.head} ($kind IS NULL OR n.kind = $kind)
       AND ($pos IS NULL OR EXISTS { MATCH (n)-[:HOLDS_POSITION]->(o) WHERE o.id = $pos })
       RETURN n._json AS j ORDER BY n.name, n.id SKIP $offset LIMIT $limit`,
      { ...c.params, kind: f.kind ?? null, pos: f.positionIn ?? null, offset: neo4j.int(f.offset), limit: neo4j.int(f.limit) },
    );
    return rows.map((x) => nodeFromProps({ _json: x.j }));
  }

  async listMeetings(f: MeetingFilter): Promise<GraphNode[]> {
    const c = candidates('Meeting', f.nameContains ? searchKey(f.nameContains) : null);
    const rows = await this.q(
      `${c.head} (($from IS NULL AND $to IS NULL) OR (n.startDate IS NOT NULL
            AND ($to IS NULL OR n.startDate <= $to) AND ($from IS NULL OR coalesce(n.endDate, n.startDate) >= $from)))
       AND ($att IS NULL OR EXISTS { MATCH (p:Person {id: $att})-[:ATTENDED]->(n) })
       AND ($org IS NULL OR EXISTS { MATCH (n)-[:ORGANIZED_BY]->(o) WHERE o.id = $org })
       RETURN n._json AS j ORDER BY n.startDate IS NULL, n.startDate, n.name, n.id SKIP $offset LIMIT $limit`,
      { ...c.params, from: f.from ?? null, to: f.to ?? null, att: f.attendee ?? null,
        org: f.organization ?? null, offset: neo4j.int(f.offset), limit: neo4j.int(f.limit) },
    );
    return rows.map((x) => nodeFromProps({ _json: x.j }));
  }

  /** The node, its edges of one type (direction as asked) and the nodes at their other ends, as a local graph. */
  private async around(id: string, type: string, direction: 'out' | 'in' | 'both') {
    const T = checkType(type);
    const pattern = direction === 'out' ? `-[r:${T}]->` : direction === 'in' ? `<-[r:${T}]-` : `-[r:${T}]-`;
    const rows = await this.q(`MATCH ${this.nodeMatch(id)} OPTIONAL MATCH (n)${pattern}(m) RETURN n._json AS n, collect([r._json, m._json]) AS hits`, { id });
    const row = rows[0];
    if (!row) return localGraph([], []);
    const hits = (row.hits as [string | null, string | null][]).filter(([r]) => r !== null);
    return localGraph([nodeFromProps({ _json: row.n }), ...hits.map(([, m]) => nodeFromProps({ _json: m }))], hits.map(([r]) => edgeFromProps({ _json: r })));
  }

  /** Ordered and paged in Cypher (the embedded order: other node's name, its id, then edge id), so a hub with
   * thousands of MENTIONS sends only the page asked for. */
  async neighbours(id: string, q: NeighbourQuery): Promise<Hit[]> {
    const T = checkType(q.type);
    const pattern = q.direction === 'out' ? `-[r:${T}]->` : q.direction === 'in' ? `<-[r:${T}]-` : `-[r:${T}]-`;
    return this.pagedHits(id, `${pattern}(m)${q.label ? ` WHERE m:${checkLabel(q.label)}` : ''}`, 'm.name, m.id, r.id', q);
  }

  /** Edges `r` at node `n` with their other end `m`, ordered and paged in one statement. */
  private async pagedHits(id: string, pattern: string, orderBy: string, p: Partial<Page>): Promise<Hit[]> {
    const paging = `${p.offset ? ' SKIP $offset' : ''}${p.limit !== undefined ? ' LIMIT $limit' : ''}`;
    const rows = await this.q(
      `MATCH ${this.nodeMatch(id)} MATCH (n)${pattern} WITH r, m ORDER BY ${orderBy}${paging} RETURN r._json AS e, m._json AS j`,
      { id, offset: neo4j.int(p.offset ?? 0), limit: neo4j.int(p.limit ?? 0) },
    );
    return rows.map((x) => ({ edge: edgeFromProps({ _json: x.e }), node: nodeFromProps({ _json: x.j }) }));
  }
  async attendance(meetingId: string, o: Page & { role?: AttendanceRole | null }): Promise<Hit[]> {
    return read.attendance(await this.around(meetingId, 'ATTENDED', 'in'), meetingId, o);
  }
  async meetingsOf(personId: string, o: Page & DateRange & { role?: AttendanceRole | null }): Promise<Hit[]> {
    return read.meetingsOf(await this.around(personId, 'ATTENDED', 'out'), personId, o);
  }
  async positionsOf(personId: string): Promise<Hit[]> {
    return rel.positionsOf(await this.around(personId, 'HOLDS_POSITION', 'out'), personId);
  }
  /** Paged in Cypher: a county can have hundreds of post holders over the years. */
  async membersOf(orgId: string, p: Page): Promise<Hit[]> {
    return this.pagedHits(orgId, '<-[r:HOLDS_POSITION]-(m)', 'm.name, m.id, r.title, r.id', p);
  }
  async parentsOf(id: string): Promise<GraphNode[]> {
    return rel.parentsOf(await this.around(id, 'PART_OF', 'out'), id);
  }
  async childrenOf(id: string): Promise<GraphNode[]> {
    return rel.childrenOf(await this.around(id, 'PART_OF', 'in'), id);
  }

  async coAttendees(personId: string, o: { limit: number }): Promise<CoAttendee[]> {
    const rows = await this.q(
      `MATCH (p:Person {id: $id})-[a:ATTENDED]->(m:Meeting) OPTIONAL MATCH (m)<-[b:ATTENDED]-(other:Person)
       RETURN p._json AS p, collect(DISTINCT [a._json, m._json]) AS mine, collect(DISTINCT [b._json, other._json]) AS theirs`, { id: personId });
    const row = rows[0];
    if (!row) return [];
    const pairs = [...(row.mine as [string, string][]), ...(row.theirs as [string | null, string | null][])].filter(([e]) => e !== null) as [string, string][];
    const g = localGraph([nodeFromProps({ _json: row.p }), ...pairs.map(([, n]) => nodeFromProps({ _json: n }))], pairs.map(([e]) => edgeFromProps({ _json: e })));
    return rel.coAttendees(g, personId, o.limit);
  }

  async shortestPath(fromId: string, toId: string, maxHops: number): Promise<PathStep[] | null> {
    if (fromId === toId) return (await this.getNode(fromId)) ? [] : null;
    if (!(Number(maxHops) >= 1)) return null; // no edge allowed (as the embedded store): no path
    const hops = Math.max(1, Math.min(MAX_HOPS, Math.trunc(Number(maxHops)) || 1)); // a validated integer: the only literal
    const rows = await this.q(
      `MATCH ${this.nodeMatch(fromId, 'a').replace('$id', '$from')} MATCH ${this.nodeMatch(toId, 'b').replace('$id', '$to')}
       MATCH p = shortestPath((a)-[*..${hops}]-(b))
       RETURN [x IN nodes(p) | x._json] AS ns, [r IN relationships(p) | r._json] AS rs`, { from: fromId, to: toId });
    const row = rows[0];
    if (!row) return null;
    const nodes = (row.ns as string[]).map((j) => nodeFromProps({ _json: j }));
    const edges = (row.rs as string[]).map((j) => edgeFromProps({ _json: j }));
    return edges.map((edge, i) => {
      const from = nodes[i] as GraphNode;
      return { from, edge, to: nodes[i + 1] as GraphNode, forward: edge.from === from.id };
    });
  }

  /** One statement of per-label and per-type counts, each answered from Neo4j's count store (no scan). */
  async counts(): Promise<GraphCounts> {
    const parts = [
      ...LABELS.map((l) => `MATCH (n:${checkLabel(l)}) WITH count(n) AS c RETURN 'n' AS kind, '${l}' AS k, c`),
      ...REL_TYPES.map((t) => `MATCH ()-[r:${checkType(t)}]->() WITH count(r) AS c RETURN 'r' AS kind, '${t}' AS k, c`),
    ];
    const c: GraphCounts = { nodes: {}, relationships: {} };
    for (const x of await this.q(parts.join(' UNION ALL '))) {
      const n = Number(x.c);
      if (n === 0) continue;
      if (x.kind === 'n') c.nodes[x.k as Label] = n;
      else c.relationships[x.k as RelType] = n;
    }
    return c;
  }

  async *allNodes(): AsyncIterable<GraphNode> {
    for await (const j of this.stream('MATCH (n) WHERE n._json IS NOT NULL RETURN n._json AS j ORDER BY n.id')) yield nodeFromProps({ _json: j });
  }
  async *allEdges(): AsyncIterable<GraphEdge> {
    for await (const j of this.stream('MATCH ()-[r]->() WHERE r._json IS NOT NULL RETURN r._json AS j ORDER BY r.id')) yield edgeFromProps({ _json: j });
  }

  private async *stream(cypher: string): AsyncGenerator<unknown> {
    this.queries++;
    const session = this.driver.session({ database: this.config.database, defaultAccessMode: neo4j.session.READ });
    try {
      for await (const record of session.run(cypher)) yield record.get('j');
    } finally {
      await session.close();
    }
  }
}

/** Connects (NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD unless given), checks the server answers, applies the schema. */
export async function openNeo4jStore(config: Neo4jConfig = configFromEnv()): Promise<Neo4jStore> {
  const driver = openDriver(config);
  try {
    await driver.verifyConnectivity({ database: config.database });
    await applySchema(driver, config.database);
  } catch (err) {
    await driver.close();
    throw mapNeo4jError(err, config.uri, 'connecting');
  }
  return new Neo4jStore(driver, config);
}
