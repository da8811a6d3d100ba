// Ingest: extracted articles → resolved batches → merged into a GraphStore, skipping articles already present.
import type { ArticleRecord } from '../extract/record.js';
import { articleId } from './ids.js';
import type { GraphStore, MergeResult } from './store.js';
import { toGraph } from '../resolve/to-graph.js';
import { RESOLVER } from '../resolve/resolve-batch.js';

/** Structurally the extractor's ExtractResult (src/extract/pipeline.ts). */
export type IngestInput = { ok: true; record: ArticleRecord } | { ok: false; source: string; message: string };

export interface IngestFailure { source: string; message: string }

export interface IngestSummary extends MergeResult {
  /** articles read without error */
  articles: number;
  /** articles whose content was new or changed */
  added: number;
  /** articles already in the store with the same content hash (nothing changed) */
  unchanged: number;
  failed: IngestFailure[];
}

export interface IngestOptions {
  /** called after every `every` inputs (default 100) and after the last one */
  onProgress?: (s: Readonly<IngestSummary>) => void;
  every?: number;
  knownPlaces?: readonly string[];
}

export const emptySummary = (): IngestSummary => ({
  articles: 0, added: 0, unchanged: 0, failed: [], nodesCreated: 0, nodesUpdated: 0, edgesCreated: 0, edgesUpdated: 0,
});

async function ingestOne(record: ArticleRecord, store: GraphStore, s: IngestSummary, o: IngestOptions): Promise<void> {
  if (await store.hasArticle(articleId(record.hash), record.hash)) { s.unchanged++; return; }
  const r = await store.mergeBatch(toGraph(record, { knownPlaces: o.knownPlaces }), RESOLVER);
  s.added++;
  s.nodesCreated += r.nodesCreated; s.nodesUpdated += r.nodesUpdated;
  s.edgesCreated += r.edgesCreated; s.edgesUpdated += r.edgesUpdated;
}

/** Merges every good record; a bad input or a record that fails to merge is recorded in `failed` and the run goes on. */
export async function ingestRecords(inputs: AsyncIterable<IngestInput> | Iterable<IngestInput>, store: GraphStore,
  options: IngestOptions = {}): Promise<IngestSummary> {
  const s = emptySummary();
  const every = Math.max(1, options.every ?? 100);
  let seen = 0;
  for await (const input of inputs) {
    seen++;
    if (!input.ok) s.failed.push({ source: input.source, message: input.message });
    else {
      s.articles++;
      try { await ingestOne(input.record, store, s, options); } catch (err) {
        s.failed.push({ source: input.record.id, message: (err as Error).message });
      }
    }
    if (seen % every === 0) options.onProgress?.(s);
  }
  if (seen % every !== 0) options.onProgress?.(s);
  return s;
}

/** Wraps plain records as successful inputs. */
export function* asInputs(records: Iterable<ArticleRecord>): Generator<IngestInput> {
  for (const record of records) yield { ok: true, record };
}
