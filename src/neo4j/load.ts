// Bulk copy of one store into another in batches: every node, then every relationship (their ends exist by then).
import type { GraphEdge, GraphNode } from '../graph/model.js';
import type { GraphStore } from '../graph/store.js';

export interface LoadResult {
  nodes: number;
  edges: number;
  nodesCreated: number;
  edgesCreated: number;
  ms: number;
}

export async function loadInto(source: GraphStore, target: GraphStore, o: { batch: number; onProgress?: (msg: string) => void }): Promise<LoadResult> {
  const t0 = Date.now();
  const r: LoadResult = { nodes: 0, edges: 0, nodesCreated: 0, edgesCreated: 0, ms: 0 };
  let nodes: GraphNode[] = [];
  const flushNodes = async (): Promise<void> => {
    if (!nodes.length) return;
    r.nodesCreated += (await target.mergeBatch({ nodes, edges: [] })).nodesCreated;
    r.nodes += nodes.length;
    nodes = [];
    o.onProgress?.(`${r.nodes} nodes`);
  };
  for await (const n of source.allNodes()) { nodes.push(n); if (nodes.length >= o.batch) await flushNodes(); }
  await flushNodes();
  let edges: GraphEdge[] = [];
  const flushEdges = async (): Promise<void> => {
    if (!edges.length) return;
    r.edgesCreated += (await target.mergeBatch({ nodes: [], edges })).edgesCreated;
    r.edges += edges.length;
    edges = [];
    o.onProgress?.(`${r.edges} relationships`);
  };
  for await (const e of source.allEdges()) { edges.push(e); if (edges.length >= o.batch) await flushEdges(); }
  await flushEdges();
  await target.flush();
  r.ms = Date.now() - t0;
  return r;
}
