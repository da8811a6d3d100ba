// relationshipsAround and getEdges in Cypher: the rules of src/graph/around.ts (types, ATTENDED roles, the date
// span of an edge) as one parameterised statement, counted and paged inside Neo4j so a hub sends one page only.
import neo4j from 'neo4j-driver';
import { REL_TYPES, type RelType } from '../graph/model.js';
import type { AroundFilter } from '../graph/store.js';
import { checkType } from './write.js';

/** `MATCH (n…)` of the centre comes first (nodeMatch: by label when the id names one); this is the rest. */
const AROUND_TAIL = `
MATCH (n)-[r]-(m) WHERE m <> n AND ($types IS NULL OR type(r) IN $types)
  AND ($roles IS NULL OR type(r) <> 'ATTENDED' OR any(x IN coalesce(r.roles, []) WHERE x IN $roles))
WITH n, r, m, CASE
    WHEN type(r) = 'HOLDS_POSITION' THEN [r.firstSeen, coalesce(r.lastSeen, r.firstSeen)]
    WHEN n:Meeting THEN [n.startDate, coalesce(n.endDate, n.startDate)]
    WHEN m:Meeting THEN [m.startDate, coalesce(m.endDate, m.startDate)]
  END AS span
WHERE ($from IS NULL AND $to IS NULL)
  OR (span IS NOT NULL AND span[0] IS NOT NULL AND ($to IS NULL OR span[0] <= $to) AND ($from IS NULL OR span[1] >= $from))
  OR (span IS NULL AND any(d IN coalesce(r.evidenceDate, []) WHERE d <> '' AND ($to IS NULL OR d <= $to) AND ($from IS NULL OR d >= $from)))
WITH r, m ORDER BY [i IN range(0, size($order) - 1) WHERE $order[i] = type(r)][0], m.name, m.id, r.id
WITH collect([r._json, m._json]) AS rows
RETURN size(rows) AS total, rows[$offset..($offset + $limit)] AS page`;

export function aroundQuery(centerMatch: string, id: string, f: AroundFilter): { cypher: string; params: Record<string, unknown> } {
  return {
    cypher: `MATCH ${centerMatch}${AROUND_TAIL}`,
    params: {
      id, types: f.types ? [...f.types] : null, roles: f.roles ? [...f.roles] : null, from: f.from ?? null, to: f.to ?? null,
      order: [...REL_TYPES], offset: neo4j.int(f.offset), limit: neo4j.int(f.limit),
    },
  };
}

/** One statement: a UNION branch per relationship type named by the ids (`TYPE|from|to…`), so the id index serves. */
export function edgesQuery(ids: readonly string[]): { cypher: string; params: Record<string, unknown> } | null {
  const byType = new Map<RelType, string[]>();
  for (const id of ids) {
    const type = REL_TYPES.find((t) => id.startsWith(`${t}|`));
    if (!type) continue;
    byType.set(type, [...(byType.get(type) ?? []), id]);
  }
  if (byType.size === 0) return null;
  const types = [...byType.keys()];
  return {
    cypher: types.map((t, i) => `MATCH ()-[r:${checkType(t)}]->() WHERE r.id IN $ids${i} RETURN r._json AS e`).join(' UNION ALL '),
    params: Object.fromEntries(types.map((t, i) => [`ids${i}`, byType.get(t)])),
  };
}
