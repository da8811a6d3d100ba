// Evidence as the API gives it: each sentence of a relationship, with where its two ends are named in it.
import { edgeId, labelOfId } from '../graph/ids.js';
import type { EvidenceRef, GraphEdge, GraphNode } from '../graph/model.js';
import type { GraphContext } from './context.js';
import { markMentions, type MarkCandidate } from './mention-marks.js';

/** An evidence sentence together with the ids of the relationship's ends (for Evidence.mentions). */
export type EvidenceValue = EvidenceRef & { ends: readonly [string, string] };

export const evidenceOf = (edge: GraphEdge): EvidenceValue[] => edge.evidence.map((e) => ({ ...e, ends: [edge.from, edge.to] }));

async function candidate(c: GraphContext, e: EvidenceValue, id: string): Promise<{ node: GraphNode; c: MarkCandidate } | null> {
  const [node, mentions] = await Promise.all([c.node(id), c.edge(edgeId('MENTIONS', e.article, id))]);
  if (!node) return null;
  const sameField = (m: EvidenceRef): boolean => (m.field ?? null) === (e.field ?? null);
  return { node, c: { nodeId: id, names: [node.name, ...node.aliases], mentions: (mentions?.evidence ?? []).filter(sameField).map((m) => ({ start: m.start, end: m.end, text: m.sentence })) } };
}

async function mentionsIn(e: EvidenceValue, c: GraphContext) {
  const ends = [...new Set(e.ends)].filter((id) => labelOfId(id) !== 'Article');
  const found = (await Promise.all(ends.map((id) => candidate(c, e, id)))).filter((x) => x !== null);
  const nodes = new Map(found.map((f) => [f.c.nodeId, f.node]));
  return markMentions(e.sentence, e, found.map((f) => f.c)).map((m) => ({ ...m, node: nodes.get(m.nodeId) }));
}

export const evidenceResolvers = {
  Evidence: {
    article: (e: EvidenceRef, _a: unknown, c: GraphContext) => c.node(e.article),
    mentions: (e: EvidenceValue, _a: unknown, c: GraphContext) => ('ends' in e ? mentionsIn(e, c) : []),
  },
};
