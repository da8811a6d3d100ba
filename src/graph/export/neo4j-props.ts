// Properties as Neo4j stores them (ARCHITECTURE.md § Graph model): nodes keep id, name, aliases and their props;
// relationships keep id, their props and the evidence as parallel arrays (Neo4j lists cannot hold maps or nulls).
import type { GraphEdge, GraphNode, PropValue } from '../model.js';

export type Neo4jProps = Record<string, PropValue>;

export function nodeProps(n: GraphNode): Neo4jProps {
  return { id: n.id, name: n.name, aliases: n.aliases, ...n.props };
}

export function edgeProps(e: GraphEdge): Neo4jProps {
  return {
    id: e.id,
    ...e.props,
    evidenceArticle: e.evidence.map((x) => x.article),
    evidenceStart: e.evidence.map((x) => x.start),
    evidenceEnd: e.evidence.map((x) => x.end),
    evidenceSentence: e.evidence.map((x) => x.sentence),
    /** '' where the article has no date (lists cannot hold null) */
    evidenceDate: e.evidence.map((x) => x.date ?? ''),
  };
}
