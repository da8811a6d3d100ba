// A worker thread of the extraction pool: extracts batches of input items and posts the results back.
// As JSON text (kg extract, kg ingest), the records of a batch come back as UTF-8 bytes, one buffer per run of
// records between errors, encoded where they were made and moved to the main thread, not copied: the main thread
// only writes them (with a worker per core, whatever it does for every record is done for all of them in turn).
import { parentPort } from 'node:worker_threads';
import { eachResult, extractItems, type ExtractResult } from './pipeline.js';
import type { InputItem } from '../io/input-item.js';

export interface WorkerRequest {
  seq: number;
  items: InputItem[];
  date?: string;
  /** send records back as JSON text (kg extract): cheaper to pass and to write than objects */
  json?: boolean;
}

/**
 * Records as JSON text, what `kg extract` writes: `utf8` holds `records` records (one or more), each on a line that
 * ends with a newline, in UTF-8.
 */
export type SerialisedResult = { ok: true; utf8: Uint8Array; records: number } | { ok: false; source: string; message: string };

export interface WorkerResponse {
  seq: number;
  results: (ExtractResult | SerialisedResult)[];
}

const utf8 = new TextEncoder();

/** The results as JSON text, each run of consecutive records one UTF-8 buffer (a buffer of its own: movable). */
export function serialiseJoined(results: ExtractResult[]): SerialisedResult[] {
  const joined = new Joined();
  for (const r of results) joined.add(r);
  return joined.close();
}

/** serialiseJoined one result at a time: a record is JSON text as soon as it is added, its objects free to go. */
export class Joined {
  private readonly out: SerialisedResult[] = [];
  private run = '';
  private records = 0;

  add(r: ExtractResult): void {
    if (r.ok) { this.run += `${JSON.stringify(r.record)}\n`; this.records++; }
    else { this.closeRun(); this.out.push(r); }
  }

  /** Every result added, serialised. */
  close(): SerialisedResult[] {
    this.closeRun();
    return this.out;
  }

  private closeRun(): void {
    if (this.records) this.out.push({ ok: true, utf8: utf8.encode(this.run), records: this.records });
    this.run = '';
    this.records = 0;
  }
}

/** The buffers of the serialised results, to move with the message. */
function buffersOf(results: SerialisedResult[]): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  for (const r of results) if (r.ok) out.push(r.utf8.buffer as ArrayBuffer);
  return out;
}

parentPort?.on('message', (req: WorkerRequest) => {
  const opts = req.date ? { date: req.date } : {};
  if (!req.json) {
    parentPort?.postMessage({ seq: req.seq, results: extractItems(req.items, opts) } satisfies WorkerResponse);
    return;
  }
  const joined = new Joined();
  eachResult(req.items, opts, (r) => joined.add(r));
  const serialised = joined.close();
  parentPort?.postMessage({ seq: req.seq, results: serialised } satisfies WorkerResponse, buffersOf(serialised));
});
