// The graph of the current view (graphology): one node per API node, one drawn edge per pair of nodes holding
// every relationship between them (their labels joined), sizes by degree, colours by label and type.
import Graph from 'graphology';
import type { ApiNode, ApiRel } from './model.js';
import { LABEL_COLORS, TYPE_COLORS, relLabel } from './style.js';

export interface NodeAttrs {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  api: ApiNode;
  /** the centre, or an end of the path */
  center?: boolean;
  highlighted?: boolean;
  /** sigma's node program: 'circle', or 'point' in large views */
  type?: string;
  zIndex?: number;
}

export interface EdgeAttrs {
  label: string;
  color: string;
  size: number;
  rels: ApiRel[];
  /** sigma's edge program: 'line', or 'thin' in large views */
  type?: string;
  zIndex?: number;
}

export type ViewGraph = Graph<NodeAttrs, EdgeAttrs>;

export const newViewGraph = (): ViewGraph => new Graph<NodeAttrs, EdgeAttrs>({ type: 'undirected', multi: false, allowSelfLoops: false });

/** Adds a node (kept as it is when present), placed near `near` on a small circle so the layout starts untangled.
 * The graph is built detached from the renderer and then handed to it whole (sigma repaints a node changed in the
 * tick it was added in badly). */
export function addNode(g: ViewGraph, n: ApiNode, near: { x: number; y: number } | null, i = 0, of = 1, center = false): void {
  if (g.hasNode(n.id)) {
    if (center) g.setNodeAttribute(n.id, 'center', true);
    return;
  }
  const angle = (2 * Math.PI * i) / Math.max(1, of) + Math.random() * 0.2;
  const r = near ? 1 + Math.sqrt(of) * 0.3 : 0;
  const x = (near?.x ?? 0) + r * Math.cos(angle);
  const y = (near?.y ?? 0) + r * Math.sin(angle);
  g.addNode(n.id, { x, y, size: 4, color: LABEL_COLORS[n.__typename], label: n.name, api: n, center });
}

export function addRel(g: ViewGraph, r: ApiRel): void {
  const [a, b] = [r.from.id, r.to.id];
  if (a === b || !g.hasNode(a) || !g.hasNode(b)) return;
  const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
  if (!g.hasEdge(key)) {
    g.addUndirectedEdgeWithKey(key, a, b, { label: relLabel(r), color: TYPE_COLORS[r.type], size: 1.5, rels: [r] });
    return;
  }
  const e = g.getEdgeAttributes(key);
  if (e.rels.some((x) => x.id === r.id)) return;
  const rels = [...e.rels, r];
  g.mergeEdgeAttributes(key, { rels, label: rels.map(relLabel).join(' / ') });
}

/** Node sizes from degree (the centre a little larger), after nodes and edges changed. */
export function sizeNodes(g: ViewGraph): void {
  g.updateEachNodeAttributes((id, a) => {
    const base = 3 + 2.2 * Math.log2(1 + g.degree(id));
    return { ...a, size: a.center ? base + 4 : base };
  }, { attributes: ['size'] });
}

/** The nodes drawn, for the text list: by label (in the model's order), then name. */
export function drawnNodes(g: ViewGraph): ApiNode[] {
  return g.mapNodes((_id, a) => a.api);
}
