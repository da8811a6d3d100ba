// The relationships around a node (what the explorer draws): which edges a filter keeps and in what order.
// The embedded store applies these functions; the Neo4j store states the same rules in Cypher (src/neo4j/around.ts),
// and the contract suite holds the two to the same answers.
import type { AttendanceRole } from '../extract/record.js';
import { REL_TYPES, type GraphEdge, type GraphNode } from './model.js';
import type { AroundFilter } from './store.js';

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** The dates an edge stands for: a position's [firstSeen, lastSeen]; an edge at a meeting, the meeting's days;
 * otherwise null (the dates of its evidence decide). A span whose start is null is undated. */
export function edgeSpan(edge: GraphEdge, a: GraphNode, b: GraphNode): [string | null, string | null] | null {
  if (edge.type === 'HOLDS_POSITION') {
    const first = str(edge.props.firstSeen);
    return [first, str(edge.props.lastSeen) ?? first];
  }
  const meeting = a.label === 'Meeting' ? a : b.label === 'Meeting' ? b : null;
  if (!meeting) return null;
  const start = str(meeting.props.startDate);
  return [start, str(meeting.props.endDate) ?? start];
}

/** Kept when its span overlaps [from, to], or (no span) when one of its evidence dates lies in it. With no bound
 * given every edge is kept; with one, undated edges are left out. */
export function inDates(edge: GraphEdge, center: GraphNode, other: GraphNode, f: AroundFilter): boolean {
  const from = f.from ?? null;
  const to = f.to ?? null;
  if (!from && !to) return true;
  const span = edgeSpan(edge, center, other);
  if (span) {
    const [start, end] = span;
    return start !== null && (!to || start <= to) && (!from || (end ?? start) >= from);
  }
  return edge.evidence.some((e) => e.date !== null && e.date !== '' && (!to || e.date <= to) && (!from || e.date >= from));
}

const hasRole = (edge: GraphEdge, roles: readonly AttendanceRole[]): boolean =>
  Array.isArray(edge.props.roles) && (edge.props.roles as string[]).some((r) => roles.includes(r as AttendanceRole));

/** Types, roles (ATTENDED edges only: other types pass) and dates. */
export function keepAround(edge: GraphEdge, center: GraphNode, other: GraphNode, f: AroundFilter): boolean {
  if (f.types && !f.types.includes(edge.type)) return false;
  if (f.roles && edge.type === 'ATTENDED' && !hasRole(edge, f.roles)) return false;
  return inDates(edge, center, other, f);
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Relationship type (REL_TYPES order), then the other node's name and id (code-point order), then edge id. */
export function byAroundOrder(a: { edge: GraphEdge; node: GraphNode }, b: { edge: GraphEdge; node: GraphNode }): number {
  return REL_TYPES.indexOf(a.edge.type) - REL_TYPES.indexOf(b.edge.type)
    || cmp(a.node.name, b.node.name) || cmp(a.node.id, b.node.id) || cmp(a.edge.id, b.edge.id);
}
