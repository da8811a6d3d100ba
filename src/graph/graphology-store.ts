// The embedded GraphStore: a graphology MultiDirectedGraph (node/edge keys = ids) kept in a JSON-lines file.
import { existsSync } from 'node:fs';
import { MultiDirectedGraph } from 'graphology';
import type { AttendanceRole } from '../extract/record.js';
import type { GraphBatch, GraphEdge, GraphNode, Label } from './model.js';
import { mergeEdge, mergeNode } from './merge.js';
import { indexNode, lookupName, newNameIndex, type NameIndex } from './name-index.js';
import { fileIdentity, readGraphFile, removeLeftoverTemps, writeGraphFile } from './graph-file.js';
import { DEFAULT_WAIT_SECONDS, lockStore, StoreConflictError, type StoreLock } from './store-lock.js';
import * as read from './graphology-read.js';
import * as rel from './graphology-relations.js';
import { shortestPath } from './graphology-path.js';
import {
  GraphStoreError, type Around, type AroundFilter, type CoAttendee, type DateRange, type GraphCounts, type GraphStore, type Hit, type MeetingFilter,
  type MergeResult, type NeighbourQuery, type NodeFilter, type Page, type PathStep, type Resolver,
} from './store.js';

export const DEFAULT_STORE_FILE = '.kg/graph.json';

/** Evidence only grows when merged, so equal length means equal: no stringifying of long evidence lists. */
const sameEdge = (a: GraphEdge, b: GraphEdge): boolean =>
  a.evidence.length === b.evidence.length && JSON.stringify(a.props) === JSON.stringify(b.props);

export class GraphologyStore implements GraphStore {
  readonly graph: read.KgGraph = new MultiDirectedGraph<GraphNode, GraphEdge>();
  private readonly index: NameIndex = newNameIndex();
  private dirty = false;
  /** the version of the file this graph was read from (fileIdentity), checked before writing over it */
  private readFrom = 'absent';

  /**
   * `file` null: in memory only (tests); flush() then does nothing. `lock`: the writer's lock on the file, held by
   * the caller from before load() until after flush() (updateStoreFile); without it, flush() takes it itself.
   */
  constructor(readonly file: string | null, private lock: StoreLock | null = null) {}

  /** Forgets the caller's lock (which the caller releases): a later flush() takes the lock itself. */
  detachLock(): void { this.lock = null; }

  get location(): string { return this.file ?? '(memory)'; }

  /** Loads the file's nodes and edges (used by openGraphologyStore). */
  async load(): Promise<void> {
    if (!this.file) return;
    this.readFrom = await fileIdentity(this.file);
    if (!existsSync(this.file)) return;
    for await (const line of readGraphFile(this.file)) {
      const { t, ...item } = line;
      if (t === 'node') this.putNode(item as GraphNode);
      else this.putEdge(item as GraphEdge, this.file);
    }
    this.dirty = false;
  }

  private putNode(node: GraphNode): 'created' | 'updated' | 'same' {
    const old = this.graph.hasNode(node.id) ? this.graph.getNodeAttributes(node.id) : null;
    const next = old ? mergeNode(old, node) : node;
    if (old && JSON.stringify(old) === JSON.stringify(next)) return 'same';
    if (old) this.graph.replaceNodeAttributes(node.id, next);
    else this.graph.addNode(node.id, next);
    indexNode(this.index, next);
    this.dirty = true;
    return old ? 'updated' : 'created';
  }

  private putEdge(edge: GraphEdge, where: string): 'created' | 'updated' | 'same' {
    for (const end of [edge.from, edge.to]) {
      if (!this.graph.hasNode(end)) throw new GraphStoreError(`${where}: edge "${edge.id}" refers to missing node "${end}"`);
    }
    const old = this.graph.hasEdge(edge.id) ? this.graph.getEdgeAttributes(edge.id) : null;
    const next = old ? mergeEdge(old, edge) : edge;
    if (old && sameEdge(old, next)) return 'same';
    if (old) this.graph.replaceEdgeAttributes(edge.id, next);
    else this.graph.addDirectedEdgeWithKey(edge.id, edge.from, edge.to, next);
    this.dirty = true;
    return old ? 'updated' : 'created';
  }

  async hasArticle(id: string, hash: string): Promise<boolean> {
    const n = read.nodeOf(this.graph, id);
    return n !== null && n.label === 'Article' && n.props.hash === hash;
  }

  /** All or nothing: the batch is resolved, then checked (every edge end present in the store or the batch) before any write. */
  async mergeBatch(raw: GraphBatch, resolver?: Resolver): Promise<MergeResult> {
    const batch = resolver ? await resolver.resolve(raw, (label, name) => this.findByName(label, name)) : raw;
    const ids = new Set(batch.nodes.map((n) => n.id));
    for (const e of batch.edges) {
      for (const end of [e.from, e.to]) {
        if (!ids.has(end) && !this.graph.hasNode(end)) {
          throw new GraphStoreError(`GraphologyStore.mergeBatch: edge "${e.id}" refers to missing node "${end}"`);
        }
      }
    }
    const r: MergeResult = { nodesCreated: 0, nodesUpdated: 0, edgesCreated: 0, edgesUpdated: 0 };
    for (const n of batch.nodes) {
      const s = this.putNode(n);
      if (s === 'created') r.nodesCreated++; else if (s === 'updated') r.nodesUpdated++;
    }
    for (const e of batch.edges) {
      const s = this.putEdge(e, 'GraphologyStore.mergeBatch');
      if (s === 'created') r.edgesCreated++; else if (s === 'updated') r.edgesUpdated++;
    }
    return r;
  }

  /**
   * Writes the whole graph atomically when anything changed since the last load or flush, under the writer's lock.
   * Never writes over another process's work: when the file on disk is no longer the one this graph was read from
   * (or the lock was lost), nothing is written and a StoreConflictError says so.
   */
  async flush(): Promise<void> {
    if (!this.file || !this.dirty) return;
    const file = this.file;
    const lock = this.lock ?? (await lockStore(file, { waitSeconds: DEFAULT_WAIT_SECONDS }));
    try {
      await removeLeftoverTemps(file);
      const g = this.graph;
      const nodes = (function* () { for (const { attributes } of g.nodeEntries()) yield attributes; })();
      const edges = (function* () { for (const { attributes } of g.edgeEntries()) yield attributes; })();
      await writeGraphFile(file, nodes, edges, { nodes: g.order, edges: g.size }, async () => {
        const lost = lock.lost();
        if (lost) throw new StoreConflictError(`${file}: the writer's lock was lost while writing (${lost.message}); nothing written`);
        if ((await fileIdentity(file)) !== this.readFrom) {
          throw new StoreConflictError(`${file}: another process wrote it after it was read; nothing written (read it again and merge)`);
        }
      });
      this.readFrom = await fileIdentity(file);
      this.dirty = false;
    } finally {
      if (!this.lock) await lock.release();
    }
  }

  async close(): Promise<void> {}

  async getNode(id: string): Promise<GraphNode | null> { return read.nodeOf(this.graph, id); }
  async getNodes(ids: readonly string[]): Promise<GraphNode[]> {
    return ids.map((id) => read.nodeOf(this.graph, id)).filter((n): n is GraphNode => n !== null);
  }
  async attendanceMany(ids: readonly string[], o: Page & { role?: AttendanceRole | null }): Promise<Map<string, Hit[]>> {
    return new Map(ids.map((id) => [id, read.attendance(this.graph, id, o)]));
  }
  async relationshipsAround(id: string, f: AroundFilter): Promise<Around> { return rel.relationshipsAround(this.graph, id, f); }
  async getEdges(ids: readonly string[]): Promise<GraphEdge[]> {
    return ids.filter((id) => this.graph.hasEdge(id)).map((id) => this.graph.getEdgeAttributes(id));
  }
  async findByName(label: Label, name: string): Promise<GraphNode | null> {
    const id = lookupName(this.index, label, name);
    return id ? read.nodeOf(this.graph, id) : null;
  }
  async search(text: string, opts: { labels?: Label[]; limit: number }): Promise<GraphNode[]> { return read.search(this.graph, text, opts); }
  async listNodes(f: NodeFilter): Promise<GraphNode[]> { return read.listNodes(this.graph, f); }
  async listMeetings(f: MeetingFilter): Promise<GraphNode[]> { return read.listMeetings(this.graph, f); }
  async neighbours(id: string, q: NeighbourQuery): Promise<Hit[]> { return read.neighbours(this.graph, id, q); }
  async attendance(meetingId: string, o: Page & { role?: AttendanceRole | null }): Promise<Hit[]> { return read.attendance(this.graph, meetingId, o); }
  async meetingsOf(personId: string, o: Page & DateRange & { role?: AttendanceRole | null }): Promise<Hit[]> {
    return read.meetingsOf(this.graph, personId, o);
  }
  async positionsOf(personId: string): Promise<Hit[]> { return rel.positionsOf(this.graph, personId); }
  async membersOf(orgId: string, p: Page): Promise<Hit[]> { return rel.membersOf(this.graph, orgId, p); }
  async parentsOf(id: string): Promise<GraphNode[]> { return rel.parentsOf(this.graph, id); }
  async childrenOf(id: string): Promise<GraphNode[]> { return rel.childrenOf(this.graph, id); }
  async coAttendees(personId: string, o: { limit: number }): Promise<CoAttendee[]> { return rel.coAttendees(this.graph, personId, o.limit); }
  async shortestPath(fromId: string, toId: string, maxHops: number): Promise<PathStep[] | null> {
    return shortestPath(this.graph, fromId, toId, maxHops);
  }

  async counts(): Promise<GraphCounts> {
    const c: GraphCounts = { nodes: {}, relationships: {} };
    this.graph.forEachNode((_k, n) => { c.nodes[n.label] = (c.nodes[n.label] ?? 0) + 1; });
    this.graph.forEachEdge((_k, e) => { c.relationships[e.type] = (c.relationships[e.type] ?? 0) + 1; });
    return c;
  }

  async *allNodes(): AsyncIterable<GraphNode> { for (const { attributes } of this.graph.nodeEntries()) yield attributes; }
  async *allEdges(): AsyncIterable<GraphEdge> { for (const { attributes } of this.graph.edgeEntries()) yield attributes; }
}

/** Opens (or starts empty when the file does not exist) the graphology store kept in `file`; `lock`: see the constructor. */
export async function openGraphologyStore(file: string | null = DEFAULT_STORE_FILE, lock: StoreLock | null = null): Promise<GraphologyStore> {
  const store = new GraphologyStore(file, lock);
  await store.load();
  return store;
}
