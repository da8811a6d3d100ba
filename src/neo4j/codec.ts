// GraphNode / GraphEdge ↔ Neo4j properties. Flat properties are what analysts query in Cypher (name, aliases,
// kind, dates, roles, title, evidence as parallel arrays — ARCHITECTURE.md); `_json` keeps the exact value so
// the store reads back what was written (Neo4j cannot hold nulls or maps in properties).
import type { GraphEdge, GraphNode, PropValue } from '../graph/model.js';
import { edgeProps, nodeProps } from '../graph/export/neo4j-props.js';
import { normalizeName, searchKey } from '../graph/names.js';

type Props = Record<string, PropValue>;

function withoutNulls(p: Props): Props {
  const out: Props = {};
  for (const [k, v] of Object.entries(p)) if (v !== null && v !== undefined) out[k] = v;
  return out;
}

export function nodeToProps(n: GraphNode): Props {
  return {
    ...withoutNulls(nodeProps(n)),
    nameKey: normalizeName(n.name),
    aliasKeys: n.aliases.map(normalizeName),
    searchKeys: [n.name, ...n.aliases].map(searchKey),
    _json: JSON.stringify(n),
  };
}

export function edgeToProps(e: GraphEdge): Props {
  return { ...withoutNulls(edgeProps(e)), _json: JSON.stringify(e) };
}

export function nodeFromProps(p: { _json?: unknown }): GraphNode {
  return JSON.parse(String(p._json)) as GraphNode;
}

export function edgeFromProps(p: { _json?: unknown }): GraphEdge {
  return JSON.parse(String(p._json)) as GraphEdge;
}
