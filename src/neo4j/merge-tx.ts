// One batch, one write transaction, safe with other writers: lock what the batch touches (write-locks.ts), resolve
// its entities against what is stored now (under those locks, so a writer of the same names either committed
// before or waits until this one commits), lock what resolution pointed at, write, drop the unused placeholders.
import type { ManagedTransaction } from 'neo4j-driver';
import { entityId, labelOfId } from '../graph/ids.js';
import type { GraphBatch, GraphNode, Label } from '../graph/model.js';
import type { MergeResult, NameLookup, Resolver } from '../graph/store.js';
import { dropPlaceholders, lockNodes, newLocked, type Locked, type Run } from './write-locks.js';
import { outsideEnds, writeBatch } from './write.js';

/** The ids a batch writes, and the ids of the names its resolver looks up (a node of that name would have it). */
function idsToCreate(batch: GraphBatch, resolver: Resolver | undefined): Map<string, Label> {
  const ids = new Map<string, Label>(batch.nodes.map((n) => [n.id, n.label]));
  for (const { label, name } of resolver?.names(batch) ?? []) {
    if (label !== 'Meeting' && label !== 'Article') ids.set(entityId(label, name), label);
  }
  return ids;
}

/** The ends of the batch's relationships outside it, by label (an id of no known label is left to writeBatch's error). */
function idsToMatch(batch: GraphBatch): Map<string, Label> {
  const ids = new Map<string, Label>();
  for (const id of outsideEnds(batch)) {
    const label = labelOfId(id);
    if (label) ids.set(id, label);
  }
  return ids;
}

async function lockBatch(tx: ManagedTransaction, run: Run, batch: GraphBatch, resolver: Resolver | undefined, locked: Locked): Promise<void> {
  await lockNodes(tx, run, idsToCreate(batch, resolver), true, locked);
  await lockNodes(tx, run, idsToMatch(batch), false, locked);
}

/** `lookup`: findByName inside this transaction. */
export async function mergeInTx(tx: ManagedTransaction, run: Run, batch: GraphBatch, resolver: Resolver | undefined,
  lookup: (tx: ManagedTransaction, label: Label, name: string) => Promise<GraphNode | null>): Promise<MergeResult> {
  const locked = newLocked();
  await lockBatch(tx, run, batch, resolver, locked);
  const inTx: NameLookup = (label, name) => lookup(tx, label, name);
  const resolved = resolver ? await resolver.resolve(batch, inTx) : batch;
  if (resolved !== batch) await lockBatch(tx, run, resolved, undefined, locked);
  const r = await writeBatch(tx, run, resolved, false, locked);
  await dropPlaceholders(tx, run, locked, new Set(resolved.nodes.map((n) => n.id)));
  return r;
}
