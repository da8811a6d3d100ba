// A worker thread of the extraction pool: extracts batches of input items and posts the results back.
// As JSON text (kg extract), the records of a batch come back joined into as few strings as possible:
// one string per run of records between errors, so the main thread only writes them.
import { parentPort } from 'node:worker_threads';
import { extractItems, type ExtractResult } from './pipeline.js';
import type { InputItem } from '../io/input-item.js';

export interface WorkerRequest {
  seq: number;
  items: InputItem[];
  date?: string;
  /** send records back as JSON text (kg extract): cheaper to pass and to write than objects */
  json?: boolean;
}

/** Records as JSON text: what `kg extract` writes. `json` holds one or more records, one per line, no final newline. */
export type SerialisedResult = { ok: true; json: string } | { ok: false; source: string; message: string };

export interface WorkerResponse {
  seq: number;
  results: (ExtractResult | SerialisedResult)[];
}

/** The results as JSON text, each run of consecutive records joined by newlines into one string. */
export function serialiseJoined(results: ExtractResult[]): SerialisedResult[] {
  const out: SerialisedResult[] = [];
  let run: string[] = [];
  const close = (): void => { if (run.length) out.push({ ok: true, json: run.join('\n') }); run = []; };
  for (const r of results) {
    if (r.ok) run.push(JSON.stringify(r.record));
    else { close(); out.push(r); }
  }
  close();
  return out;
}

parentPort?.on('message', (req: WorkerRequest) => {
  const results = extractItems(req.items, req.date ? { date: req.date } : {});
  parentPort?.postMessage({ seq: req.seq, results: req.json ? serialiseJoined(results) : results } satisfies WorkerResponse);
});
