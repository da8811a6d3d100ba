// Positions, membership, containment and co-attendance over a graphology graph.
import { LABELS, type GraphNode } from './model.js';
import type { Around, AroundFilter, CoAttendee, Hit, Page } from './store.js';
import { byAroundOrder, keepAround } from './around.js';
import { byName, cmp, edgesAt, page, type KgGraph } from './graphology-read.js';

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export function positionsOf(g: KgGraph, personId: string): Hit[] {
  return edgesAt(g, personId, { type: 'HOLDS_POSITION', direction: 'out' }).sort((a, b) => {
    const fa = str(a.edge.props.firstSeen);
    const fb = str(b.edge.props.firstSeen);
    if (fa !== fb) return fa === undefined ? 1 : fb === undefined ? -1 : cmp(fa, fb);
    return cmp(String(a.edge.props.title), String(b.edge.props.title)) || cmp(a.edge.id, b.edge.id);
  });
}

export function membersOf(g: KgGraph, orgId: string, p: Page): Hit[] {
  const hits = edgesAt(g, orgId, { type: 'HOLDS_POSITION', direction: 'in' })
    .sort((a, b) => byName(a.node, b.node) || cmp(String(a.edge.props.title), String(b.edge.props.title)));
  return page(hits, p);
}

export function parentsOf(g: KgGraph, id: string): GraphNode[] {
  return edgesAt(g, id, { type: 'PART_OF', direction: 'out' }).map((h) => h.node)
    .sort((a, b) => LABELS.indexOf(a.label) - LABELS.indexOf(b.label) || byName(a, b));
}

export function childrenOf(g: KgGraph, id: string): GraphNode[] {
  return edgesAt(g, id, { type: 'PART_OF', direction: 'in' }).map((h) => h.node).sort(byName);
}

export function coAttendees(g: KgGraph, personId: string, limit: number): CoAttendee[] {
  const seen = new Map<string, { person: GraphNode; meetings: string[] }>();
  for (const m of edgesAt(g, personId, { type: 'ATTENDED', direction: 'out' })) {
    for (const other of edgesAt(g, m.node.id, { type: 'ATTENDED', direction: 'in' })) {
      if (other.node.id === personId) continue;
      const entry = seen.get(other.node.id) ?? { person: other.node, meetings: [] };
      if (!entry.meetings.includes(m.node.id)) entry.meetings.push(m.node.id);
      seen.set(other.node.id, entry);
    }
  }
  return [...seen.values()]
    .map((e) => ({ person: e.person, count: e.meetings.length, meetings: e.meetings.sort(cmp) }))
    .sort((a, b) => b.count - a.count || byName(a.person, b.person))
    .slice(0, limit);
}

/** Every edge at a node in either direction (self-loops left out), filtered, ordered and paged (see GraphReader). */
export function relationshipsAround(g: KgGraph, id: string, f: AroundFilter): Around {
  if (!g.hasNode(id)) return { total: 0, hits: [] };
  const center = g.getNodeAttributes(id);
  const hits: Hit[] = [];
  g.forEachEdge(id, (_k, edge, source, target) => {
    if (source === target) return;
    const node = g.getNodeAttributes(source === id ? target : source);
    if (keepAround(edge, center, node, f)) hits.push({ edge, node });
  });
  return { total: hits.length, hits: page(hits.sort(byAroundOrder), f) };
}
