// The streaming extraction API: inputs (files, folders, stdin, JSON lines) → one result per article, in order.
// A bad input or a failing article becomes an error result; the rest go on.
import { readInputs } from '../io/inputs.js';
import { recordsOfChunk } from '../io/jsonl-chunks.js';
import type { InputItem, RecordItem } from '../io/input-item.js';
import { extractPage, extractRecord, extractRecords, type RecordInput } from './page.js';
import { defaultWorkers, extractParallel, extractParallelJson } from './pool.js';
import { serialiseJoined, type SerialisedResult } from './worker.js';
import type { ArticleRecord } from './record.js';

export type ExtractResult =
  | { ok: true; record: ArticleRecord }
  | { ok: false; source: string; message: string };

export interface ExtractOptions {
  jsonl: boolean;
  /** --date: the date of pages (and of records that carry none) */
  date?: string;
  /** worker threads; default: one for small inputs, one per core for large ones (see pool.ts) */
  workers?: number;
}

export { extractPage, extractRecord };

/** Records extracted together on one thread (extractItems): enough for jieba's calls in a row, little memory. */
const RECORDS_TOGETHER = 16;

/** A page or a record into results. Never throws. */
function extractOne(item: Exclude<InputItem, { kind: 'error' | 'lines' }>, opts: { date?: string }): ExtractResult[] {
  try {
    if (item.kind === 'record') return [{ ok: true, record: extractRecord(recordInput(item), { date: opts.date ?? null }) }];
    const recs = extractPage(item.text, { source: item.source, date: opts.date ?? null, original: item.original,
      ...(item.mapped ? { mapped: item.mapped } : {}) });
    return recs.map((record) => ({ ok: true as const, record }));
  } catch (err) {
    const where = item.kind === 'record' ? `${item.source}:${item.line} (id ${item.id})` : item.source;
    return [{ ok: false, source: item.source, message: `${where}: extraction failed: ${(err as Error).message}` }];
  }
}

/**
 * The results of the items, in order (a chunk of JSON lines parsed into its records; an error item is its error),
 * with runs of up to RECORDS_TOGETHER consecutive records extracted together
 * (extractRecords: all segmented before any is recognised, which is faster). Should a run fail, its records go one
 * by one, so that only the failing record becomes an error result. Never throws.
 * (A worker's chunk of JSON lines holds hundreds of records: extracted as one run, all their tokens were alive at
 * once, and the worker's heap grew to 100 MB where one thread's stays near 30: each young-generation collection
 * copied three times as much, and the workers spent twice the time collecting garbage.)
 */
export function extractItems(items: readonly InputItem[], opts: { date?: string }): ExtractResult[] {
  const out: ExtractResult[] = [];
  eachResult(items, opts, (r) => out.push(r));
  return out;
}

/**
 * extractItems, handing each result to `take` as soon as its run is extracted (a worker serialises it there and
 * then: the records of a chunk are never all alive at once). A chunk of JSON lines is parsed and extracted here,
 * in runs like any other records.
 */
export function eachResult(items: readonly InputItem[], opts: { date?: string }, take: (r: ExtractResult) => void): void {
  let run: RecordItem[] = [];
  const flush = (): void => {
    if (run.length > 1) {
      try {
        for (const record of extractRecords(run.map(recordInput), { date: opts.date ?? null })) take({ ok: true, record });
        run = [];
        return;
      } catch {
        // one of them fails: see which, below
      }
    }
    for (const item of run) for (const r of extractOne(item, opts)) take(r);
    run = [];
  };
  const add = (item: InputItem): void => {
    if (item.kind === 'record') {
      run.push(item);
      if (run.length >= RECORDS_TOGETHER) flush();
      return;
    }
    if (item.kind === 'lines') { for (const r of recordsOfChunk(item)) add(r); return; }
    flush();
    if (item.kind === 'error') take({ ok: false, source: item.source, message: item.message });
    else for (const r of extractOne(item, opts)) take(r); // a page of many articles, one by one
  };
  for (const item of items) add(item);
  flush();
}

function recordInput(item: RecordItem): RecordInput {
  // (optional fields set where present, not spread from objects made for the purpose: one per article)
  const input: RecordInput = { id: item.id, text: item.text, source: item.source, original: item.original };
  if (item.mapped) input.mapped = item.mapped;
  if (item.title) input.title = item.title;
  if (item.date) input.date = item.date;
  return input;
}

/** Streams the results of every article of the inputs, in input order (worker threads when workers > 1). */
export function extractInputs(paths: string[], opts: ExtractOptions): AsyncGenerator<ExtractResult> {
  return streamResults(paths, opts, extractParallel, (rs) => rs);
}

/**
 * extractInputs with every record as JSON text (what `kg extract` prints) in UTF-8, serialised in the workers; on
 * one thread, each batch's run of records is one buffer, as a worker's are: one write for several records.
 */
export function extractInputsJson(paths: string[], opts: ExtractOptions): AsyncGenerator<SerialisedResult> {
  return streamResults(paths, opts, extractParallelJson, serialiseJoined);
}

type Parallel<R> = (items: AsyncIterable<InputItem>, workers: number, date?: string) => AsyncGenerator<R>;

async function* streamResults<R>(paths: string[], opts: ExtractOptions, parallel: Parallel<R>, local: (rs: ExtractResult[]) => R[]): AsyncGenerator<R> {
  const workers = opts.workers ?? (await defaultWorkers(paths));
  if (workers > 1) {
    // JSON lines go to the workers as raw text: parsing them is work the main thread need not do
    yield* parallel(readInputs(paths, { jsonl: opts.jsonl, chunks: true }), workers, opts.date);
    return;
  }
  const items = readInputs(paths, { jsonl: opts.jsonl });
  const at = opts.date ? { date: opts.date } : {};
  // records are extracted a few at a time (extractItems); pages, errors and the last records as they come
  let batch: InputItem[] = [];
  for await (const item of items) {
    batch.push(item);
    if (item.kind === 'record' && batch.length < RECORDS_TOGETHER) continue;
    yield* local(extractItems(batch, at));
    batch = [];
  }
  yield* local(extractItems(batch, at));
}
