// What the explorer draws: the relationships at a node (filtered, paged, counted) and the Relationship type.
import { REL_TYPES, type GraphEdge, type RelType } from '../graph/model.js';
import type { AroundFilter } from '../graph/store.js';
import type { AttendanceRole } from '../extract/record.js';
import type { GraphContext } from './context.js';
import { evidenceOf } from './evidence-resolvers.js';
import { pageOf } from './limits.js';

type Args = Record<string, unknown> & { limit?: number; offset?: number };

const list = <T>(v: unknown): T[] | null => (Array.isArray(v) ? (v as T[]) : null);

function filterOf(a: Args): Omit<AroundFilter, 'limit' | 'offset'> {
  return {
    types: list<RelType>(a.types), roles: list<AttendanceRole>(a.roles),
    from: (a.from as string | null | undefined) ?? null, to: (a.to as string | null | undefined) ?? null,
  };
}

const prop = (key: string) => (e: GraphEdge): unknown => e.props[key] ?? null;

export const viewResolvers = {
  Query: {
    relationships: async (_: unknown, a: Args, c: GraphContext) => {
      const { hits } = await c.store.relationshipsAround(String(a.of), { ...filterOf(a), ...pageOf('relationships', a) });
      c.known(hits.map((h) => h.node));
      return hits.map((h) => h.edge);
    },
    relationshipCount: async (_: unknown, a: Args, c: GraphContext) =>
      (await c.store.relationshipsAround(String(a.of), { ...filterOf(a), limit: 0, offset: 0 })).total,
  },
  Relationship: {
    type: (e: GraphEdge) => (REL_TYPES.includes(e.type) ? e.type : null),
    from: (e: GraphEdge, _a: Args, c: GraphContext) => c.node(e.from),
    to: (e: GraphEdge, _a: Args, c: GraphContext) => c.node(e.to),
    roles: prop('roles'), order: prop('order'), title: prop('title'), firstSeen: prop('firstSeen'),
    lastSeen: prop('lastSeen'), count: prop('count'), year: prop('year'),
    evidence: (e: GraphEdge) => evidenceOf(e),
  },
};
