// A worker thread of the extraction pool: extracts batches of input items and posts the results back.
import { parentPort } from 'node:worker_threads';
import { extractItem, type ExtractResult } from './pipeline.js';
import type { InputItem } from '../io/input-item.js';

export interface WorkerRequest {
  seq: number;
  items: InputItem[];
  date?: string;
}

export interface WorkerResponse {
  seq: number;
  results: ExtractResult[];
}

parentPort?.on('message', (req: WorkerRequest) => {
  const results = req.items.flatMap((item) => extractItem(item, req.date ? { date: req.date } : {}));
  parentPort?.postMessage({ seq: req.seq, results } satisfies WorkerResponse);
});
