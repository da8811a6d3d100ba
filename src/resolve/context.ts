// What every part of toGraph shares while turning one article into a batch.
import type { ArticleRecord, Evidence, Mention } from '../extract/record.js';
import type { EvidenceRef, Label } from '../graph/model.js';
import { normalizeName } from '../graph/names.js';
import type { BatchBuilder } from './batch-builder.js';

export interface NodeRef {
  id: string;
  label: Label;
  name: string;
}

export interface ArticleContext {
  record: ArticleRecord;
  articleId: string;
  builder: BatchBuilder;
  /** normalised name or alias (as written and as expanded) → the node it resolves to in this article */
  names: Map<string, NodeRef>;
  /** names of the places the article names, plus any known places given to toGraph */
  places: string[];
}

export function lookup(ctx: ArticleContext, name: string): NodeRef | undefined {
  return ctx.names.get(normalizeName(name));
}

export function evidenceOf(ctx: ArticleContext, e: Evidence): EvidenceRef {
  return { article: ctx.articleId, start: e.start, end: e.end, sentence: e.sentence, date: ctx.record.date };
}

/** A mention as evidence: its own text stands as the sentence (MENTIONS, WROTE, name-derived PART_OF). */
export function mentionEvidence(ctx: ArticleContext, m: Mention): EvidenceRef {
  const ref: EvidenceRef = { article: ctx.articleId, start: m.start, end: m.end, sentence: m.text, date: ctx.record.date };
  return m.field ? { ...ref, field: m.field } : ref;
}

/** Drops null/undefined properties: Neo4j cannot store them, so neither store keeps them. */
export function compact<T extends Record<string, unknown>>(props: T): Record<string, Exclude<T[keyof T], null | undefined>> {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null && v !== undefined)) as never;
}
