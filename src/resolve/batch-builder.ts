// Collects the nodes and edges of one batch, merging repeats with the store's own merge rules.
import type { EvidenceRef, GraphBatch, GraphEdge, GraphNode } from '../graph/model.js';
import { mergeEdge, mergeNode } from '../graph/merge.js';

export interface BatchBuilder {
  nodes: Map<string, GraphNode>;
  edges: Map<string, GraphEdge>;
}

export const newBuilder = (): BatchBuilder => ({ nodes: new Map(), edges: new Map() });

export function addNode(b: BatchBuilder, node: GraphNode): void {
  const old = b.nodes.get(node.id);
  b.nodes.set(node.id, old ? mergeNode(old, node) : node);
}

/** Within one batch, MENTIONS counts add up (two names of one entity in one article). */
export function addEdge(b: BatchBuilder, edge: GraphEdge): void {
  const old = b.edges.get(edge.id);
  if (!old) { b.edges.set(edge.id, edge); return; }
  const merged = mergeEdge(old, edge);
  if (edge.type === 'MENTIONS') merged.props.count = Number(old.props.count ?? 0) + Number(edge.props.count ?? 0);
  b.edges.set(edge.id, merged);
}

export function toBatch(b: BatchBuilder): GraphBatch {
  return { nodes: [...b.nodes.values()], edges: [...b.edges.values()] };
}

export function evidenceList(...items: (EvidenceRef | null)[]): EvidenceRef[] {
  return items.filter((e): e is EvidenceRef => e !== null);
}
