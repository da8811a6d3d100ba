// Export of the current view: a PNG of the drawing (@sigma/export-image) and GraphML of its nodes and
// relationships, written by the same code as `kg export --format graphml` (src/graph/export/export-graphml.ts).
import { toBlob } from '@sigma/export-image';
import type Sigma from 'sigma';
import { exportGraphml } from '../../src/graph/export/export-graphml.js';
import type { GraphEdge, GraphNode, PropValue } from '../../src/graph/model.js';
import { h } from './dom.js';
import type { ApiRel } from './model.js';
import type { EdgeAttrs, NodeAttrs, ViewGraph } from './view-graph.js';

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

const compact = (o: Record<string, PropValue | undefined>): Record<string, PropValue> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as Record<string, PropValue>;

function graphNode(a: NodeAttrs): GraphNode {
  const n = a.api;
  return {
    id: n.id, label: n.__typename, name: n.name, aliases: n.aliases ?? [],
    props: compact({ kind: n.kind, startDate: n.startDate, endDate: n.endDate, reported: n.reported, date: n.date, title: n.title, source: n.source }),
  };
}

function graphEdge(r: ApiRel): GraphEdge {
  return {
    id: r.id, type: r.type, from: r.from.id, to: r.to.id, evidence: [],
    props: compact({ roles: r.roles, order: r.order, title: r.title, firstSeen: r.firstSeen, lastSeen: r.lastSeen, count: r.count, year: r.year }),
  };
}

export async function viewAsGraphml(g: ViewGraph): Promise<string> {
  const nodes = g.mapNodes((_id, a) => graphNode(a));
  const edges = g.mapEdges((_e, a: EdgeAttrs) => a.rels.map(graphEdge)).flat();
  const source = {
    async *allNodes() { yield* nodes; },
    async *allEdges() { yield* edges; },
  };
  const chunks: string[] = [];
  await exportGraphml(source, { write: async (c: string) => { chunks.push(c); } });
  return chunks.join('');
}

export async function downloadGraphml(g: ViewGraph, name: string): Promise<void> {
  download(new Blob([await viewAsGraphml(g)], { type: 'application/graphml+xml' }), `${name}.graphml`);
}

export async function downloadPng(renderer: Sigma<NodeAttrs, EdgeAttrs>, name: string): Promise<void> {
  download(await toBlob(renderer as unknown as Sigma, { format: 'png', backgroundColor: '#ffffff' }), `${name}.png`);
}
