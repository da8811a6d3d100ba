// The Article node and what hangs off it directly: WROTE (bylines), MENTIONS (with count), REPORTS.
import type { GraphNode } from '../graph/model.js';
import { edgeId } from '../graph/ids.js';
import { normalizeName } from '../graph/names.js';
import { addEdge, addNode } from './batch-builder.js';
import { compact, lookup, mentionEvidence, type ArticleContext } from './context.js';
import { refFor } from './entity-nodes.js';

/** At most this many mentions are kept as evidence of one MENTIONS edge (count still counts them all). */
export const MENTION_EVIDENCE_LIMIT = 20;

export function addArticleNode(ctx: ArticleContext): void {
  const r = ctx.record;
  const node: GraphNode = {
    id: ctx.articleId, label: 'Article', name: r.title ?? r.id, aliases: [],
    props: compact({
      title: r.title, headlines: r.headlines, date: r.date, source: r.source, recordId: r.id, hash: r.hash,
      start: r.span.start, end: r.span.end,
    }),
  };
  addNode(ctx.builder, node);
}

export function addReporterEdges(ctx: ArticleContext): void {
  for (const reporter of ctx.record.reporters) {
    const person = refFor(ctx, reporter, ['Person']);
    const entity = ctx.record.entities.find((e) => e.type === 'person' && normalizeName(e.name) === normalizeName(person.name));
    const m = entity?.mentions[0];
    const evidence = m
      ? [mentionEvidence(ctx, m)]
      : [{ article: ctx.articleId, start: ctx.record.span.start, end: ctx.record.span.start, sentence: reporter, date: ctx.record.date }];
    addEdge(ctx.builder, { id: edgeId('WROTE', person.id, ctx.articleId), type: 'WROTE', from: person.id, to: ctx.articleId, props: {}, evidence });
  }
}

export function addMentionEdges(ctx: ArticleContext): void {
  for (const e of ctx.record.entities) {
    if (e.type === 'position') continue;
    const target = lookup(ctx, e.name);
    if (!target) continue;
    addEdge(ctx.builder, {
      id: edgeId('MENTIONS', ctx.articleId, target.id), type: 'MENTIONS', from: ctx.articleId, to: target.id,
      props: { count: Math.max(1, e.mentions.length) },
      evidence: e.mentions.slice(0, MENTION_EVIDENCE_LIMIT).map((m) => mentionEvidence(ctx, m)),
    });
  }
}
