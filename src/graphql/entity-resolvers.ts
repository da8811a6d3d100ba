// Field resolvers of the node types that are entities: Person, Organization, Company, Place.
import type { GraphNode } from '../graph/model.js';
import type { GraphContext } from './context.js';
import { pageOf } from './limits.js';

type Args = Record<string, unknown> & { limit?: number; offset?: number };

const nodes = (hits: { node: GraphNode }[]): GraphNode[] => hits.map((h) => h.node);
/** Relationship-shaped values from hits; the nodes at the other ends are kept for the fields that ask for them. */
const edges = (hits: { edge: unknown; node: GraphNode }[], c: GraphContext, n: GraphNode): { edge: unknown }[] => {
  c.known([n, ...hits.map((h) => h.node)]);
  return hits.map((h) => ({ edge: h.edge }));
};
const kind = (n: GraphNode): unknown => n.props.kind ?? null;

const articles = async (n: GraphNode, a: Args, c: GraphContext) =>
  nodes(await c.store.neighbours(n.id, { type: 'MENTIONS', direction: 'in', label: 'Article', ...pageOf('articles', a) }));

const members = async (n: GraphNode, a: Args, c: GraphContext) => edges(await c.store.membersOf(n.id, pageOf('members', a)), c, n);

const childOrganizations = async (n: GraphNode, _a: Args, c: GraphContext) =>
  (await c.store.childrenOf(n.id)).filter((x) => x.label === 'Organization');

export const entityResolvers = {
  Node: { __resolveType: (n: GraphNode) => n.label },
  Entity: { __resolveType: (n: GraphNode) => n.label },
  Person: {
    articles,
    positions: async (n: GraphNode, _a: Args, c: GraphContext) => edges(await c.store.positionsOf(n.id), c, n),
    attended: async (n: GraphNode, a: Args, c: GraphContext) => edges(await c.store.meetingsOf(n.id, {
      ...pageOf('attended', a), role: (a.role as never) ?? null, from: (a.from as string) ?? null, to: (a.to as string) ?? null,
    }), c, n),
    coAttendees: async (n: GraphNode, a: Args, c: GraphContext) => c.store.coAttendees(n.id, { limit: pageOf('coAttendees', a).limit }),
    wrote: async (n: GraphNode, a: Args, c: GraphContext) =>
      nodes(await c.store.neighbours(n.id, { type: 'WROTE', direction: 'out', ...pageOf('wrote', a) })),
  },
  Organization: {
    articles,
    kind,
    members,
    parent: async (n: GraphNode, _a: Args, c: GraphContext) =>
      (await c.store.parentsOf(n.id)).find((p) => p.label === 'Organization') ?? null,
    partOf: async (n: GraphNode, _a: Args, c: GraphContext) => c.store.parentsOf(n.id),
    children: childOrganizations,
    meetingsOrganized: async (n: GraphNode, a: Args, c: GraphContext) =>
      c.store.listMeetings({ organization: n.id, ...pageOf('meetingsOrganized', a) }),
  },
  Company: {
    articles,
    members,
    place: async (n: GraphNode, _a: Args, c: GraphContext) =>
      (await c.store.neighbours(n.id, { type: 'LOCATED_IN', direction: 'out', limit: 1 }))[0]?.node ?? null,
    recognitions: async (n: GraphNode, _a: Args, c: GraphContext) =>
      edges(await c.store.neighbours(n.id, { type: 'RECOGNIZED', direction: 'in' }), c, n),
  },
  Place: { articles, kind, members, children: childOrganizations },
};
