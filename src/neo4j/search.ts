// Search by name fragment. The cjk analyzer indexes character bigrams, so a fragment of two or more Han characters
// is a phrase query on the `entity_search_keys` full-text index (cypher/schema.cypher); anything else (one
// character, Latin letters, digits, mixed) falls back to a CONTAINS scan. Either way hits are checked with
// CONTAINS on the normalised keys, so both paths return exactly the nodes whose name or alias contains the text.
import type { Label } from '../graph/model.js';
import { checkLabel } from './write.js';

export const SEARCH_INDEX = 'entity_search_keys';

const HAN_FRAGMENT = /^\p{Script=Han}{2,}$/u;

/** Whether the full-text index can answer this (normalised) key. */
export function usesFullText(key: string): boolean {
  return HAN_FRAGMENT.test(key);
}

/** One read query returning `j` (a node's _json) for every node of `labels` whose searchKeys contain `key`. */
export function searchQuery(key: string, labels: readonly Label[]): { cypher: string; params: Record<string, unknown> } {
  const ofLabel = labels.map((l) => `n:${checkLabel(l)}`).join(' OR ');
  const contains = 'any(k IN n.searchKeys WHERE k CONTAINS $key)';
  if (usesFullText(key)) {
    return {
      cypher: `CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $phrase) YIELD node AS n WHERE (${ofLabel}) AND ${contains} RETURN n._json AS j`,
      params: { key, phrase: `"${key}"` },
    };
  }
  return { cypher: `MATCH (n) WHERE (${ofLabel}) AND ${contains} RETURN n._json AS j`, params: { key } };
}

/** The node of `label` having `key` (a normalised name) among its aliasKeys, smallest id first. List properties
 * have no range index, so a Han key goes through the full-text index (no scan of the label during ingest). */
export function aliasQuery(key: string, label: Label): { cypher: string; params: Record<string, unknown> } {
  const L = checkLabel(label);
  const tail = `WHERE n:${L} AND $key IN n.aliasKeys RETURN n._json AS j ORDER BY n.id LIMIT 1`;
  if (usesFullText(key)) {
    return { cypher: `CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $phrase) YIELD node AS n ${tail}`, params: { key, phrase: `"${key}"` } };
  }
  return { cypher: `MATCH (n:${L}) ${tail}`, params: { key } };
}

/** The head of a read over the nodes of `label` whose searchKeys contain `key` (null: every node of the label),
 * through the full-text index when it can answer; more conditions follow it (it ends with `AND`). */
export function candidates(label: Label, key: string | null): { head: string; params: Record<string, unknown> } {
  const L = checkLabel(label);
  const contains = 'any(k IN n.searchKeys WHERE k CONTAINS $key)';
  if (key !== null && usesFullText(key)) {
    return { head: `CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $phrase) YIELD node AS n WITH n WHERE n:${L} AND ${contains} AND`, params: { key, phrase: `"${key}"` } };
  }
  return { head: `MATCH (n:${L}) WHERE ($key IS NULL OR ${contains}) AND`, params: { key } };
}
