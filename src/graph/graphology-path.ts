// Shortest path ignoring direction, over every relationship type, breadth-first up to maxHops edges.
import type { GraphEdge } from './model.js';
import type { PathStep } from './store.js';
import { cmp, type KgGraph } from './graphology-read.js';

/** The edge to show between two adjacent nodes: a non-MENTIONS edge if any, then the smallest id. */
function edgeBetween(g: KgGraph, a: string, b: string): { edge: GraphEdge; forward: boolean } {
  const fwd = g.outEdges(a, b).map((k) => ({ edge: g.getEdgeAttributes(k), forward: true }));
  const back = g.outEdges(b, a).map((k) => ({ edge: g.getEdgeAttributes(k), forward: false }));
  const all = [...fwd, ...back].sort((x, y) =>
    Number(x.edge.type === 'MENTIONS') - Number(y.edge.type === 'MENTIONS') || cmp(x.edge.id, y.edge.id));
  return all[0] as { edge: GraphEdge; forward: boolean };
}

export function shortestPath(g: KgGraph, fromId: string, toId: string, maxHops: number): PathStep[] | null {
  if (!g.hasNode(fromId) || !g.hasNode(toId)) return null;
  if (fromId === toId) return [];
  const prev = new Map<string, string>([[fromId, '']]);
  let frontier = [fromId];
  for (let hop = 0; hop < maxHops && frontier.length > 0; hop++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const nb of g.neighbors(node)) {
        if (prev.has(nb)) continue;
        prev.set(nb, node);
        if (nb === toId) return stepsTo(g, prev, toId);
        next.push(nb);
      }
    }
    frontier = next;
  }
  return null;
}

function stepsTo(g: KgGraph, prev: Map<string, string>, toId: string): PathStep[] {
  const chain: string[] = [toId];
  for (let at = prev.get(toId); at; at = prev.get(at)) chain.unshift(at);
  const steps: PathStep[] = [];
  for (let i = 0; i + 1 < chain.length; i++) {
    const a = chain[i] as string;
    const b = chain[i + 1] as string;
    const { edge, forward } = edgeBetween(g, a, b);
    steps.push({ from: g.getNodeAttributes(a), edge, to: g.getNodeAttributes(b), forward });
  }
  return steps;
}
