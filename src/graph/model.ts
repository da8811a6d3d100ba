// The graph model (ARCHITECTURE.md § "Graph model"): labels, relationship types, node and edge shapes.
// Names here are part of the contract with Neo4j, GraphQL and the exports.

export const LABELS = ['Person', 'Organization', 'Company', 'Place', 'Meeting', 'Article'] as const;
export type Label = (typeof LABELS)[number];

export const REL_TYPES = [
  'HOLDS_POSITION', 'ATTENDED', 'WROTE', 'REPORTS', 'MENTIONS',
  'ORGANIZED_BY', 'HELD_IN', 'PART_OF', 'LOCATED_IN', 'RECOGNIZED',
] as const;
export type RelType = (typeof REL_TYPES)[number];

export type Scalar = string | number | boolean | null;
export type PropValue = Scalar | string[] | number[];

/** One supporting sentence of a relationship. Offsets into the original text of the article's input. */
export interface EvidenceRef {
  article: string;
  start: number;
  end: number;
  sentence: string;
  /** the article's date (YYYY-MM-DD) or null */
  date: string | null;
  /** present when the offsets are into the article's title (a `--jsonl` title mention), not its text */
  field?: 'title';
}

export interface GraphNode {
  /** stable id derived from the entity (label prefix + normalised key), never a counter */
  id: string;
  label: Label;
  name: string;
  aliases: string[];
  /** label-specific properties: kind, reported, startDate, endDate, title, headlines, date, source, page, hash … */
  props: Record<string, PropValue>;
}

export interface GraphEdge {
  /** deterministic: `${type}|${from}|${to}` plus a discriminator where one pair can hold several (e.g. a title) */
  id: string;
  type: RelType;
  from: string;
  to: string;
  /** type-specific: title, firstSeen, lastSeen (HOLDS_POSITION); roles, order (ATTENDED); count (MENTIONS); title, year (RECOGNIZED) */
  props: Record<string, PropValue>;
  evidence: EvidenceRef[];
}

/** What one article contributes to the graph, after resolution. */
export interface GraphBatch {
  nodes: GraphNode[];
  edges: GraphEdge[];
}
