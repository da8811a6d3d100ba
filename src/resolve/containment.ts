// Containment read from names: an organisation whose name starts with another organisation or a place is PART_OF
// the longest such one (云溪县商务局 → 云溪县; 云溪县委办公室 → 云溪县委); a company whose name starts with a place
// is LOCATED_IN it. Candidates are the article's own organisations and places plus any known places.
import type { EvidenceRef, GraphNode } from '../graph/model.js';
import { edgeId, entityId } from '../graph/ids.js';
import { normalizeName } from '../graph/names.js';
import { addEdge, addNode } from './batch-builder.js';
import { mentionEvidence, type ArticleContext } from './context.js';

function nameEvidence(ctx: ArticleContext, node: GraphNode): EvidenceRef {
  const names = new Set([node.name, ...node.aliases].map(normalizeName));
  const entity = ctx.record.entities.find((e) => names.has(normalizeName(e.name)));
  const m = entity?.mentions[0];
  if (m) return mentionEvidence(ctx, m);
  const at = ctx.record.span.start;
  return { article: ctx.articleId, start: at, end: at, sentence: node.name, date: ctx.record.date };
}

/** The longest candidate that is a proper prefix of `name`. */
function longestPrefix(name: string, candidates: readonly GraphNode[]): GraphNode | undefined {
  let best: GraphNode | undefined;
  for (const c of candidates) {
    if (c.name.length < name.length && name.startsWith(c.name) && (!best || c.name.length > best.name.length)) best = c;
  }
  return best;
}

function placeCandidates(ctx: ArticleContext): GraphNode[] {
  const inArticle = [...ctx.builder.nodes.values()].filter((n) => n.label === 'Place');
  const have = new Set(inArticle.map((n) => n.name));
  const known = ctx.places.filter((p) => !have.has(p))
    .map((p): GraphNode => ({ id: entityId('Place', p), label: 'Place', name: p, aliases: [], props: {} }));
  return [...inArticle, ...known];
}

export function addContainmentEdges(ctx: ArticleContext): void {
  const nodes = [...ctx.builder.nodes.values()];
  const orgs = nodes.filter((n) => n.label === 'Organization');
  const places = placeCandidates(ctx);
  for (const node of nodes) {
    if (node.label !== 'Organization' && node.label !== 'Company') continue;
    const type = node.label === 'Organization' ? 'PART_OF' : 'LOCATED_IN';
    const parent = longestPrefix(node.name, node.label === 'Organization' ? [...orgs, ...places] : places);
    if (!parent) continue;
    if (!ctx.builder.nodes.has(parent.id)) addNode(ctx.builder, parent);
    addEdge(ctx.builder, {
      id: edgeId(type, node.id, parent.id), type, from: node.id, to: parent.id, props: {}, evidence: [nameEvidence(ctx, node)],
    });
  }
}
