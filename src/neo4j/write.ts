// Writing a batch into Neo4j inside one transaction: read what is stored, merge with the shared rules
// (src/graph/merge.ts), then one constant-shape `UNWIND $rows AS row MERGE …` per label and per relationship
// type (labels and types come only from the model's fixed lists, values only from parameters).
import type { ManagedTransaction } from 'neo4j-driver';
import { labelOfId } from '../graph/ids.js';
import { mergeEdge, mergeNode } from '../graph/merge.js';
import { LABELS, REL_TYPES, type GraphBatch, type GraphEdge, type GraphNode, type Label, type RelType } from '../graph/model.js';
import { GraphStoreError, type MergeResult } from '../graph/store.js';
import { edgeFromProps, edgeToProps, nodeFromProps, nodeToProps } from './codec.js';
import type { Locked, Run } from './write-locks.js';

/** Rows per UNWIND statement. */
export const ROWS_PER_STATEMENT = 5000;

export function checkLabel(label: string): Label {
  if (!(LABELS as readonly string[]).includes(label)) throw new GraphStoreError(`Neo4jStore: unknown label "${label}"`);
  return label as Label;
}

export function checkType(type: string): RelType {
  if (!(REL_TYPES as readonly string[]).includes(type)) throw new GraphStoreError(`Neo4jStore: unknown relationship type "${type}"`);
  return type as RelType;
}

function groupBy<T>(xs: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    const group = m.get(k);
    if (group) group.push(x); else m.set(k, [x]);
  }
  return m;
}

function* chunks<T>(xs: readonly T[], n: number): Generator<T[]> {
  for (let i = 0; i < xs.length; i += n) yield xs.slice(i, i + n);
}

const labelOf = (id: string, known: Map<string, Label>): Label => {
  const l = known.get(id) ?? labelOfId(id);
  if (!l) throw new GraphStoreError(`Neo4jStore.mergeBatch: cannot tell the label of node "${id}"`);
  return l;
};

/** The ends of the batch's edges that are not among its nodes. */
export function outsideEnds(batch: GraphBatch): string[] {
  const inBatch = new Set(batch.nodes.map((n) => n.id));
  return [...new Set(batch.edges.flatMap((e) => [e.from, e.to]).filter((id) => !inBatch.has(id)))];
}

/** Throws unless every outside end is stored; `found` holds the ids known to exist. */
function checkEnds(batch: GraphBatch, ids: readonly string[], found: (id: string) => boolean): void {
  const missing = ids.find((id) => !found(id));
  if (!missing) return;
  const edge = batch.edges.find((e) => e.from === missing || e.to === missing) as GraphEdge;
  throw new GraphStoreError(`Neo4jStore.mergeBatch: edge "${edge.id}" refers to missing node "${missing}"`);
}

/**
 * `fresh`: a bulk load into a database that held none of kg's nodes when the load began, from a source whose
 * ids are unique (kg load): nothing can be stored under these ids, so nothing is read back and rows are
 * CREATEd; a relationship whose ends are missing is counted and reported as an error.
 * `locked` (write-locks.ts): the nodes this transaction has locked and what it found stored under them; those are
 * not read again, and an outside end must be among them.
 */
export async function writeBatch(tx: ManagedTransaction, run: Run, batch: GraphBatch, fresh = false, locked?: Locked): Promise<MergeResult> {
  if (fresh) return createBatch(tx, run, batch);
  const r: MergeResult = { nodesCreated: 0, nodesUpdated: 0, edgesCreated: 0, edgesUpdated: 0 };
  const labels = new Map(batch.nodes.map((n) => [n.id, n.label]));
  // the ends of every edge must be in the batch or already stored
  for (const [label, ids] of groupBy(outsideEnds(batch), (id) => labelOf(id, labels))) {
    if (locked) checkEnds(batch, ids, (id) => Boolean(locked.nodes.get(id)));
    else {
      const found = new Set((await run(tx, `MATCH (n:${checkLabel(label)}) WHERE n.id IN $ids RETURN n.id AS id`, { ids })).map((x) => String(x.id)));
      checkEnds(batch, ids, (id) => found.has(id));
    }
    for (const id of ids) labels.set(id, label as Label);
  }
  for (const [label, nodes] of groupBy(batch.nodes, (n) => n.label)) {
    const L = checkLabel(label);
    const stored = new Map<string, GraphNode>();
    for (const n of nodes) { const old = locked?.nodes.get(n.id); if (old) stored.set(n.id, old); }
    const unread = nodes.filter((n) => !locked?.nodes.has(n.id));
    for (const part of chunks(unread, ROWS_PER_STATEMENT)) {
      for (const x of await run(tx, `MATCH (n:${L}) WHERE n.id IN $ids RETURN n._json AS j`, { ids: part.map((n) => n.id) })) {
        const n = nodeFromProps({ _json: x.j });
        stored.set(n.id, n);
      }
    }
    const rows: { id: string; props: Record<string, unknown> }[] = [];
    for (const n of nodes) {
      const old = stored.get(n.id);
      const next = mergeNode(old ?? n, n); // a new node too: stored in the merge rules' canonical form
      if (old && JSON.stringify(old) === JSON.stringify(next)) continue;
      stored.set(n.id, next);
      rows.push({ id: n.id, props: nodeToProps(next) });
      if (old) r.nodesUpdated++; else r.nodesCreated++;
    }
    for (const part of chunks(rows, ROWS_PER_STATEMENT)) {
      await run(tx, `UNWIND $rows AS row MERGE (n:${L} {id: row.id}) SET n = row.props`, { rows: part });
    }
  }
  for (const [key, edges] of groupBy(batch.edges, (e) => `${e.type}|${labelOf(e.from, labels)}|${labelOf(e.to, labels)}`)) {
    const [type, from, to] = key.split('|') as [string, string, string];
    const T = checkType(type);
    const stored = new Map<string, GraphEdge>();
    for (const part of chunks(edges, ROWS_PER_STATEMENT)) {
      for (const x of await run(tx, `MATCH ()-[r:${T}]->() WHERE r.id IN $ids RETURN r._json AS j`, { ids: part.map((e) => e.id) })) {
        const e = edgeFromProps({ _json: x.j });
        stored.set(e.id, e);
      }
    }
    const rows: { id: string; from: string; to: string; props: Record<string, unknown> }[] = [];
    for (const e of edges) {
      const old = stored.get(e.id);
      const next = mergeEdge(old ?? e, e); // a new edge too (roles in ATTENDANCE_ROLES order): reloading changes nothing
      if (old && JSON.stringify(old) === JSON.stringify(next)) continue;
      stored.set(e.id, next);
      rows.push({ id: e.id, from: e.from, to: e.to, props: edgeToProps(next) });
      if (old) r.edgesUpdated++; else r.edgesCreated++;
    }
    for (const part of chunks(rows, ROWS_PER_STATEMENT)) {
      await run(tx, `UNWIND $rows AS row MATCH (a:${checkLabel(from)} {id: row.from}) MATCH (b:${checkLabel(to)} {id: row.to}) `
        + `MERGE (a)-[r:${T} {id: row.id}]->(b) SET r = row.props`, { rows: part });
    }
  }
  return r;
}

/** The fresh bulk path of writeBatch: one CREATE statement per label and per relationship type and chunk. */
async function createBatch(tx: ManagedTransaction, run: Run, batch: GraphBatch): Promise<MergeResult> {
  const r: MergeResult = { nodesCreated: 0, nodesUpdated: 0, edgesCreated: 0, edgesUpdated: 0 };
  const labels = new Map(batch.nodes.map((n) => [n.id, n.label]));
  for (const [label, nodes] of groupBy(batch.nodes, (n) => n.label)) {
    const L = checkLabel(label);
    for (const part of chunks(nodes, ROWS_PER_STATEMENT)) {
      // mergeNode(n, n): the merge rules' canonical form, as the incremental path stores it
      const rows = part.map((n) => ({ props: nodeToProps(mergeNode(n, n)) }));
      await run(tx, `UNWIND $rows AS row CREATE (n:${L}) SET n = row.props`, { rows });
      r.nodesCreated += rows.length;
    }
  }
  for (const [key, edges] of groupBy(batch.edges, (e) => `${e.type}|${labelOf(e.from, labels)}|${labelOf(e.to, labels)}`)) {
    const [type, from, to] = key.split('|') as [string, string, string];
    const T = checkType(type);
    for (const part of chunks(edges, ROWS_PER_STATEMENT)) {
      const rows = part.map((e) => ({ id: e.id, from: e.from, to: e.to, props: edgeToProps(mergeEdge(e, e)) }));
      const made = await run(tx, `UNWIND $rows AS row MATCH (a:${checkLabel(from)} {id: row.from}) MATCH (b:${checkLabel(to)} {id: row.to}) `
        + `CREATE (a)-[r:${T}]->(b) SET r = row.props RETURN count(r) AS c`, { rows });
      const c = Number(made[0]?.c ?? 0);
      if (c !== rows.length) {
        throw new GraphStoreError(`Neo4jStore.mergeBatch: ${rows.length - c} of ${rows.length} ${T} relationship(s) refer to missing nodes`);
      }
      r.edgesCreated += c;
    }
  }
  return r;
}
