// Cross-article resolution: an entity of a new batch that a store already knows under one of its GLOBAL names
// (canonical name or an alias that is not a local short form, see isGlobalName) takes the stored node's id.
import type { GraphBatch, GraphNode, Label } from '../graph/model.js';
import { edgeDiscriminator, edgeId } from '../graph/ids.js';
import type { NameLookup, Resolver } from '../graph/store.js';
import { addEdge, addNode, newBuilder, toBatch } from './batch-builder.js';
import { isGlobalName } from './region-prefix.js';

export type { NameLookup } from '../graph/store.js';

const RESOLVED: ReadonlySet<Label> = new Set(['Organization', 'Company', 'Place']);

/** The names of a node that may match it with a stored node, in look-up order (none for unresolved labels). */
const globalNames = (node: GraphNode): string[] =>
  RESOLVED.has(node.label) ? [node.name, ...node.aliases].filter((name) => isGlobalName(name, node.name)) : [];

async function targetOf(node: GraphNode, lookup: NameLookup): Promise<string | null> {
  for (const name of globalNames(node)) {
    const hit = await lookup(node.label, name);
    if (hit) return hit.id === node.id ? null : hit.id;
  }
  return null;
}

/** Every (label, name) resolveBatch may look up for this batch. */
export function lookupNames(batch: GraphBatch): { label: Label; name: string }[] {
  return batch.nodes.flatMap((node) => globalNames(node).map((name) => ({ label: node.label, name })));
}

export async function resolveBatch(batch: GraphBatch, lookup: NameLookup): Promise<GraphBatch> {
  const remap = new Map<string, string>();
  for (const node of batch.nodes) {
    const target = await targetOf(node, lookup);
    if (target) remap.set(node.id, target);
  }
  if (remap.size === 0) return batch;
  const to = (id: string): string => remap.get(id) ?? id;
  const b = newBuilder();
  for (const node of batch.nodes) addNode(b, { ...node, id: to(node.id) });
  for (const e of batch.edges) {
    const from = to(e.from);
    const end = to(e.to);
    if (from === end) continue; // an organisation that resolved onto its own parent
    const id = edgeId(e.type, from, end, edgeDiscriminator(e.id, e.type, e.from, e.to));
    addEdge(b, { ...e, id, from, to: end });
  }
  return toBatch(b);
}

/** resolveBatch with the names it looks up, as stores take it (GraphWriter.mergeBatch). */
export const RESOLVER: Resolver = { names: lookupNames, resolve: resolveBatch };
