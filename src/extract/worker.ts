// A worker thread of the extraction pool: extracts batches of input items and posts the results back.
import { parentPort } from 'node:worker_threads';
import { extractItem, type ExtractResult } from './pipeline.js';
import type { InputItem } from '../io/input-item.js';

export interface WorkerRequest {
  seq: number;
  items: InputItem[];
  date?: string;
  /** send records back as JSON text (kg extract): cheaper to pass and to write than objects */
  json?: boolean;
}

/** A result as JSON text: what `kg extract` writes. */
export type SerialisedResult = { ok: true; json: string } | { ok: false; source: string; message: string };

export interface WorkerResponse {
  seq: number;
  results: (ExtractResult | SerialisedResult)[];
}

export function serialise(r: ExtractResult): SerialisedResult {
  return r.ok ? { ok: true, json: JSON.stringify(r.record) } : r;
}

parentPort?.on('message', (req: WorkerRequest) => {
  const results = req.items.flatMap((item) => extractItem(item, req.date ? { date: req.date } : {}));
  parentPort?.postMessage({ seq: req.seq, results: req.json ? results.map(serialise) : results } satisfies WorkerResponse);
});
