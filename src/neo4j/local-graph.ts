// The Neo4j store answers a read by fetching the small neighbourhood it needs and then applying the same
// ordering and paging functions as the embedded store (src/graph/graphology-read.ts), so both stores return
// the same lists by construction.
import { MultiDirectedGraph } from 'graphology';
import type { GraphEdge, GraphNode } from '../graph/model.js';
import type { KgGraph } from '../graph/graphology-read.js';

export function localGraph(nodes: Iterable<GraphNode>, edges: Iterable<GraphEdge>): KgGraph {
  const g: KgGraph = new MultiDirectedGraph<GraphNode, GraphEdge>();
  for (const n of nodes) if (!g.hasNode(n.id)) g.addNode(n.id, n);
  for (const e of edges) {
    if (!g.hasEdge(e.id) && g.hasNode(e.from) && g.hasNode(e.to)) g.addDirectedEdgeWithKey(e.id, e.from, e.to, e);
  }
  return g;
}
