// toGraph: one ArticleRecord → the nodes and edges it contributes, with stable ids (docs/design-choices.md § Ids).
// Pure: cross-article resolution against what a store already holds is resolveBatch's job.
import type { ArticleRecord } from '../extract/record.js';
import type { GraphBatch } from '../graph/model.js';
import { articleId } from '../graph/ids.js';
import { newBuilder, toBatch } from './batch-builder.js';
import type { ArticleContext } from './context.js';
import { addEntityNodes } from './entity-nodes.js';
import { addArticleNode, addMentionEdges, addReporterEdges } from './article-edges.js';
import { addMeetingEdges, addPositionEdges, addRecognitionEdges } from './relation-edges.js';
import { addContainmentEdges } from './containment.js';

export interface ToGraphOptions {
  /** place names known beyond this article (used for region prefixes, PART_OF and LOCATED_IN) */
  knownPlaces?: readonly string[];
}

export function toGraph(record: ArticleRecord, options: ToGraphOptions = {}): GraphBatch {
  const articlePlaces = record.entities.filter((e) => e.type === 'place').map((e) => e.name);
  const ctx: ArticleContext = {
    record,
    articleId: articleId(record.hash),
    builder: newBuilder(),
    names: new Map(),
    places: [...new Set([...articlePlaces, ...(options.knownPlaces ?? [])])],
  };
  // order matters: the article and its entities first, so relations resolve names against them
  addArticleNode(ctx);
  addEntityNodes(ctx);
  addReporterEdges(ctx);
  addPositionEdges(ctx);
  addMeetingEdges(ctx);
  addRecognitionEdges(ctx);
  addMentionEdges(ctx);
  addContainmentEdges(ctx);
  return toBatch(ctx.builder);
}
