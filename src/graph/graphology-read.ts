// Read queries over a graphology graph whose node attributes are GraphNode and edge attributes GraphEdge.
import type { MultiDirectedGraph } from 'graphology';
import type { AttendanceRole } from '../extract/record.js';
import { LABELS, type GraphEdge, type GraphNode } from './model.js';
import { searchKey } from './names.js';
import type { DateRange, Hit, MeetingFilter, NeighbourQuery, NodeFilter, Page } from './store.js';

export type KgGraph = MultiDirectedGraph<GraphNode, GraphEdge>;

/** Code-point order (what Neo4j's ORDER BY does), never locale order. */
export const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
export const byName = (a: GraphNode, b: GraphNode): number => cmp(a.name, b.name) || cmp(a.id, b.id);

export const page = <T>(items: T[], p: Partial<Page>): T[] =>
  items.slice(p.offset ?? 0, p.limit === undefined ? undefined : (p.offset ?? 0) + p.limit);

export function nodeOf(g: KgGraph, id: string): GraphNode | null {
  return g.hasNode(id) ? g.getNodeAttributes(id) : null;
}

/** Edges of one type at a node, with the node at the other end, unsorted. */
export function edgesAt(g: KgGraph, id: string, q: Pick<NeighbourQuery, 'type' | 'direction' | 'label'>): Hit[] {
  if (!g.hasNode(id)) return [];
  const hits: Hit[] = [];
  const take = (edge: GraphEdge, other: string): void => {
    if (edge.type !== q.type) return;
    const node = g.getNodeAttributes(other);
    if (!q.label || node.label === q.label) hits.push({ edge, node });
  };
  if (q.direction !== 'in') g.forEachOutEdge(id, (_k, e, _s, t) => take(e, t));
  if (q.direction !== 'out') g.forEachInEdge(id, (_k, e, s) => take(e, s));
  return hits;
}

export function neighbours(g: KgGraph, id: string, q: NeighbourQuery): Hit[] {
  const hits = edgesAt(g, id, q).sort((a, b) => byName(a.node, b.node) || cmp(a.edge.id, b.edge.id));
  return page(hits, q);
}

const nameMatches = (n: GraphNode, key: string): boolean =>
  searchKey(n.name).includes(key) || n.aliases.some((a) => searchKey(a).includes(key));

export function listNodes(g: KgGraph, f: NodeFilter): GraphNode[] {
  const key = f.nameContains ? searchKey(f.nameContains) : null;
  const out: GraphNode[] = [];
  g.forEachNode((id, n) => {
    if (n.label !== f.label) return;
    if (key && !nameMatches(n, key)) return;
    if (f.kind && n.props.kind !== f.kind) return;
    if (f.positionIn && !edgesAt(g, id, { type: 'HOLDS_POSITION', direction: 'out' }).some((h) => h.node.id === f.positionIn)) return;
    out.push(n);
  });
  return page(out.sort(byName), f);
}

export function search(g: KgGraph, text: string, opts: { labels?: readonly string[]; limit: number }): GraphNode[] {
  const key = searchKey(text);
  if (!key) return [];
  const rank = (n: GraphNode): number => (searchKey(n.name) === key || n.aliases.some((a) => searchKey(a) === key) ? 0 : 1);
  const out: GraphNode[] = [];
  g.forEachNode((_id, n) => {
    if (opts.labels && !opts.labels.includes(n.label)) return;
    if (nameMatches(n, key)) out.push(n);
  });
  out.sort((a, b) => rank(a) - rank(b) || LABELS.indexOf(a.label) - LABELS.indexOf(b.label) || byName(a, b));
  return out.slice(0, opts.limit);
}

/** [startDate, endDate] overlaps the range; with a bound given, undated meetings are left out. */
export function inRange(m: GraphNode, r: DateRange): boolean {
  if (!r.from && !r.to) return true;
  const start = m.props.startDate as string | undefined;
  if (!start) return false;
  const end = (m.props.endDate as string | undefined) ?? start;
  return (!r.to || start <= r.to) && (!r.from || end >= r.from);
}

export const byMeetingDate = (a: GraphNode, b: GraphNode): number => {
  const sa = a.props.startDate as string | undefined;
  const sb = b.props.startDate as string | undefined;
  if (sa !== sb) return sa === undefined ? 1 : sb === undefined ? -1 : cmp(sa, sb);
  return byName(a, b);
};

export function listMeetings(g: KgGraph, f: MeetingFilter): GraphNode[] {
  const key = f.nameContains ? searchKey(f.nameContains) : null;
  const out: GraphNode[] = [];
  g.forEachNode((id, n) => {
    if (n.label !== 'Meeting' || !inRange(n, f)) return;
    if (key && !nameMatches(n, key)) return;
    if (f.attendee && !edgesAt(g, id, { type: 'ATTENDED', direction: 'in' }).some((h) => h.node.id === f.attendee)) return;
    if (f.organization && !edgesAt(g, id, { type: 'ORGANIZED_BY', direction: 'out' }).some((h) => h.node.id === f.organization)) return;
    out.push(n);
  });
  return page(out.sort(byMeetingDate), f);
}

const hasRole = (e: GraphEdge, role?: AttendanceRole | null): boolean =>
  !role || (Array.isArray(e.props.roles) && (e.props.roles as string[]).includes(role));

const orderOf = (h: Hit): number => (typeof h.edge.props.order === 'number' ? h.edge.props.order : Number.MAX_SAFE_INTEGER);

export function attendance(g: KgGraph, meetingId: string, o: Page & { role?: AttendanceRole | null }): Hit[] {
  const hits = edgesAt(g, meetingId, { type: 'ATTENDED', direction: 'in' }).filter((h) => hasRole(h.edge, o.role));
  return page(hits.sort((a, b) => orderOf(a) - orderOf(b) || byName(a.node, b.node)), o);
}

export function meetingsOf(g: KgGraph, personId: string, o: Page & DateRange & { role?: AttendanceRole | null }): Hit[] {
  const hits = edgesAt(g, personId, { type: 'ATTENDED', direction: 'out' })
    .filter((h) => hasRole(h.edge, o.role) && inRange(h.node, o));
  return page(hits.sort((a, b) => byMeetingDate(a.node, b.node)), o);
}
