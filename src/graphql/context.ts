// Per-request context: the store and batchers, so that a list resolved field by field costs one store call per
// field path, not one per item (node and edge look-ups, a meeting list's attendance).
import type { AttendanceRole } from '../extract/record.js';
import type { GraphEdge, GraphNode } from '../graph/model.js';
import type { GraphStore, Hit, Page } from '../graph/store.js';
import { Batcher } from './batch.js';

type AttendanceOptions = Page & { role?: AttendanceRole | null };

export interface GraphContext {
  store: GraphStore;
  /** a node by id, batched with the other look-ups of the same tick */
  node(id: string): Promise<GraphNode | null>;
  /** an edge by id (null when none), batched with the other look-ups of the same tick */
  edge(id: string): Promise<GraphEdge | null>;
  /** nodes that came with an edge (hits): later node(id) calls for them cost nothing */
  known(nodes: readonly GraphNode[]): void;
  /** a meeting's attendance, batched with the other meetings of the same list */
  attendance(meetingId: string, o: AttendanceOptions): Promise<Hit[]>;
}

export function makeContext(store: GraphStore): GraphContext {
  const nodes = new Batcher<string, GraphNode | null>(
    async (ids) => new Map((await store.getNodes(ids)).map((n) => [n.id, n])),
    (id) => id,
    null,
  );
  const edges = new Batcher<string, GraphEdge | null>(
    async (ids) => new Map((await store.getEdges(ids)).map((e) => [e.id, e])),
    (id) => id,
    null,
  );
  // one batcher per option set: meetings of one list share their options
  const attendance = new Map<string, Batcher<string, Hit[]>>();
  return {
    store,
    node: (id) => nodes.load(id),
    edge: (id) => edges.load(id),
    known: (list) => { for (const n of list) nodes.prime(n.id, n); },
    attendance(meetingId, o) {
      const key = JSON.stringify([o.limit, o.offset, o.role ?? null]);
      let b = attendance.get(key);
      if (!b) {
        b = new Batcher<string, Hit[]>((ids) => store.attendanceMany(ids, o), (id) => id, []);
        attendance.set(key, b);
      }
      return b.load(meetingId);
    },
  };
}
