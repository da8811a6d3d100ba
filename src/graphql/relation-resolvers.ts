// Field resolvers of Meeting, Article and the relationship-shaped types (Position, Attendance, Recognition, …).
import type { GraphEdge, GraphNode } from '../graph/model.js';
import type { CoAttendee, PathStep } from '../graph/store.js';
import type { GraphContext } from './context.js';
import { pageOf } from './limits.js';
import { evidenceOf, type EvidenceValue } from './evidence-resolvers.js';

type Args = Record<string, unknown> & { limit?: number; offset?: number };
/** Position, Attendance and Recognition are resolved from the edge that states them. */
type EdgeValue = { edge: GraphEdge };

const prop = (n: GraphNode, key: string): unknown => n.props[key] ?? null;
const from = (v: EdgeValue, _a: Args, c: GraphContext) => c.node(v.edge.from);
const to = (v: EdgeValue, _a: Args, c: GraphContext) => c.node(v.edge.to);
const edgeProp = (key: string) => (v: EdgeValue): unknown => v.edge.props[key] ?? null;
const evidence = (v: EdgeValue): EvidenceValue[] => evidenceOf(v.edge);

const firstOut = async (c: GraphContext, id: string, type: 'HELD_IN' | 'ORGANIZED_BY'): Promise<GraphNode | null> =>
  (await c.store.neighbours(id, { type, direction: 'out', limit: 1 }))[0]?.node ?? null;

export const relationResolvers = {
  Meeting: {
    kind: (n: GraphNode) => prop(n, 'kind'),
    reported: (n: GraphNode) => n.props.reported === true,
    startDate: (n: GraphNode) => prop(n, 'startDate'),
    endDate: (n: GraphNode) => prop(n, 'endDate'),
    place: (n: GraphNode, _a: Args, c: GraphContext) => firstOut(c, n.id, 'HELD_IN'),
    organizer: (n: GraphNode, _a: Args, c: GraphContext) => firstOut(c, n.id, 'ORGANIZED_BY'),
    attendees: async (n: GraphNode, a: Args, c: GraphContext) => {
      const hits = await c.attendance(n.id, { ...pageOf('attendees', a), role: (a.role as never) ?? null });
      c.known([n, ...hits.map((h) => h.node)]);
      return hits.map((h) => ({ edge: h.edge }));
    },
    articles: async (n: GraphNode, a: Args, c: GraphContext) =>
      (await c.store.neighbours(n.id, { type: 'MENTIONS', direction: 'in', label: 'Article', ...pageOf('articles', a) })).map((h) => h.node),
  },
  Article: {
    title: (n: GraphNode) => prop(n, 'title'),
    headlines: (n: GraphNode) => (Array.isArray(n.props.headlines) ? n.props.headlines : []),
    date: (n: GraphNode) => prop(n, 'date'),
    source: (n: GraphNode) => prop(n, 'source'),
    reporters: async (n: GraphNode, _a: Args, c: GraphContext) =>
      (await c.store.neighbours(n.id, { type: 'WROTE', direction: 'in' })).map((h) => h.node),
    meetings: async (n: GraphNode, _a: Args, c: GraphContext) =>
      (await c.store.neighbours(n.id, { type: 'MENTIONS', direction: 'out', label: 'Meeting' })).map((h) => h.node),
  },
  Position: {
    person: from, organization: to, title: edgeProp('title'), firstSeen: edgeProp('firstSeen'), lastSeen: edgeProp('lastSeen'), evidence,
  },
  Attendance: { person: from, meeting: to, roles: edgeProp('roles'), order: edgeProp('order'), evidence },
  Recognition: { company: to, by: from, title: edgeProp('title'), year: edgeProp('year'), evidence },
  CoAttendee: {
    meetings: async (v: CoAttendee, _a: Args, c: GraphContext) =>
      (await Promise.all(v.meetings.map((id) => c.node(id)))).filter((n): n is GraphNode => n !== null),
  },
  PathStep: {
    relationship: (s: PathStep) => s.edge.type,
    evidence: (s: PathStep) => evidenceOf(s.edge),
  },
};
