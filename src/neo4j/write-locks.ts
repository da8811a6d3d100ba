// Node locks taken at the start of a write transaction, so that writers running at once (many `kg ingest --neo4j`)
// never lose each other's updates. A merge reads what is stored, merges it in JavaScript (src/graph/merge.ts) and
// writes it back; under Neo4j's read-committed isolation two writers could both read the old value. So every node
// a batch writes, every end of its relationships and every name it resolves is write-locked first (the lost-update
// recipe of the Cypher manual: SET a property and REMOVE it again), in one order (label, then id) to keep deadlocks
// rare; a transaction that must wait for a lock reads only after the other has committed. A node that does not
// exist yet is locked by creating it (MERGE on the uniqueness constraint): a placeholder with only `id`, which
// the batch then writes or, if nothing is written to it (a name only looked up), deletes before committing.
import type { ManagedTransaction } from 'neo4j-driver';
import { LABELS, type GraphNode, type Label } from '../graph/model.js';
import { nodeFromProps } from './codec.js';
import { checkLabel } from './write.js';

export type Run = (tx: ManagedTransaction, cypher: string, params: Record<string, unknown>) => Promise<Record<string, unknown>[]>;

/** What the locks found: the stored node of each locked id, or null where the id holds no node of kg. */
export interface Locked {
  nodes: Map<string, GraphNode | null>;
  /** ids created only to be locked (deleted at the end unless written) */
  placeholders: Map<string, Label>;
}

export const newLocked = (): Locked => ({ nodes: new Map(), placeholders: new Map() });

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Locks the ids not locked yet, label by label in LABELS order and by id: `create` ones are made when missing
 * (placeholders), the others are only locked when they exist. Records what is stored under each in `locked`.
 */
export async function lockNodes(tx: ManagedTransaction, run: Run, ids: Map<string, Label>, create: boolean, locked: Locked): Promise<void> {
  for (const label of LABELS) {
    const todo = [...ids].filter(([id, l]) => l === label && !locked.nodes.has(id)).map(([id]) => id).sort(byId);
    if (todo.length === 0) continue;
    const L = checkLabel(label);
    const rows = create
      ? await run(tx, `UNWIND $ids AS id MERGE (n:${L} {id: id}) ON CREATE SET n._placeholder = true `
        + 'SET n._lock = true REMOVE n._lock RETURN id, n._json AS j, n._placeholder IS NOT NULL AS made', { ids: todo })
      : await run(tx, `UNWIND $ids AS id MATCH (n:${L} {id: id}) SET n._lock = true REMOVE n._lock RETURN id, n._json AS j, false AS made`, { ids: todo });
    for (const id of todo) locked.nodes.set(id, null);
    for (const row of rows) {
      const id = String(row.id);
      if (row.made) locked.placeholders.set(id, label);
      else if (row.j !== null && row.j !== undefined) locked.nodes.set(id, nodeFromProps({ _json: row.j }));
    }
  }
}

/** Deletes the placeholders not among the `written` ids (a written node lost `_placeholder` when its properties were set). */
export async function dropPlaceholders(tx: ManagedTransaction, run: Run, locked: Locked, written: ReadonlySet<string>): Promise<void> {
  for (const label of LABELS) {
    const ids = [...locked.placeholders].filter(([id, l]) => l === label && !written.has(id)).map(([id]) => id);
    if (ids.length) await run(tx, `MATCH (n:${checkLabel(label)}) WHERE n.id IN $ids AND n._placeholder = true DELETE n`, { ids });
  }
}
