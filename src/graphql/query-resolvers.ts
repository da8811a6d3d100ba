// Root Query resolvers: look-ups by name (or alias), filtered lists, search, path, stats.
import { LABELS, REL_TYPES, type GraphNode, type Label } from '../graph/model.js';
import type { GraphContext } from './context.js';
import { badInput, clampHops, pageOf } from './limits.js';

type Args = Record<string, unknown> & { limit?: number; offset?: number };
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

const byName = (label: Label) => (_: unknown, a: Args, c: GraphContext) => c.store.findByName(label, String(a.name));

/** An organisation, or the place or company that acts as one (a meeting organised by 云溪县, a company's staff). */
async function bodyNamed(c: GraphContext, name: string): Promise<GraphNode | null> {
  for (const label of ['Organization', 'Place', 'Company'] as const) {
    const hit = await c.store.findByName(label, name);
    if (hit) return hit;
  }
  return null;
}

/** An id, or a name/alias of any label (people first). */
async function endpoint(c: GraphContext, ref: string): Promise<GraphNode> {
  const byId = await c.store.getNode(ref);
  if (byId) return byId;
  for (const label of LABELS) {
    const hit = await c.store.findByName(label, ref);
    if (hit) return hit;
  }
  throw badInput(`path: no node with id or name "${ref}"`);
}

const list = (label: Label, field: string) => (_: unknown, a: Args, c: GraphContext) =>
  c.store.listNodes({ label, nameContains: str(a.nameContains), kind: str(a.kind), ...pageOf(field, a) });

export const queryResolvers = {
  Query: {
    person: byName('Person'),
    organization: byName('Organization'),
    company: byName('Company'),
    place: byName('Place'),
    people: async (_: unknown, a: Args, c: GraphContext) => {
      const page = pageOf('people', a);
      const orgName = str(a.organization);
      const org = orgName ? await bodyNamed(c, orgName) : null;
      if (orgName && !org) return [];
      return c.store.listNodes({ label: 'Person', nameContains: str(a.nameContains), positionIn: org?.id ?? null, ...page });
    },
    organizations: list('Organization', 'organizations'),
    companies: list('Company', 'companies'),
    places: list('Place', 'places'),
    articles: list('Article', 'articles'),
    meeting: async (_: unknown, a: Args, c: GraphContext) => {
      const n = await c.store.getNode(String(a.id));
      return n?.label === 'Meeting' ? n : null;
    },
    meetings: async (_: unknown, a: Args, c: GraphContext) => {
      const page = pageOf('meetings', a);
      const who = str(a.attendee) ? await c.store.findByName('Person', String(a.attendee)) : null;
      const org = str(a.organization) ? await bodyNamed(c, String(a.organization)) : null;
      if ((str(a.attendee) && !who) || (str(a.organization) && !org)) return [];
      return c.store.listMeetings({
        attendee: who?.id ?? null, organization: org?.id ?? null, nameContains: str(a.nameContains),
        from: str(a.from), to: str(a.to), ...page,
      });
    },
    node: (_: unknown, a: Args, c: GraphContext) => c.store.getNode(String(a.id)),
    search: (_: unknown, a: Args, c: GraphContext) => c.store.search(String(a.text), {
      limit: pageOf('search', a, 20).limit, ...(Array.isArray(a.labels) && a.labels.length > 0 ? { labels: a.labels as Label[] } : {}),
    }),
    path: async (_: unknown, a: Args, c: GraphContext) => {
      const [f, t] = await Promise.all([endpoint(c, String(a.from)), endpoint(c, String(a.to))]);
      return (await c.store.shortestPath(f.id, t.id, clampHops(a.maxHops as number | null))) ?? [];
    },
    stats: async (_: unknown, _a: Args, c: GraphContext) => {
      const counts = await c.store.counts();
      return {
        nodes: LABELS.filter((l) => counts.nodes[l]).map((label) => ({ label, count: counts.nodes[label] })),
        relationships: REL_TYPES.filter((t) => counts.relationships[t]).map((type) => ({ type, count: counts.relationships[type] })),
      };
    },
  },
};
