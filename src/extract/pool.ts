// Extraction over worker threads: the main thread reads inputs and hands out batches; results come back in
// input order. Articles are independent until graph resolution, so this scales with cores.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { InputItem } from '../io/input-item.js';
import { isLargeInput } from '../io/large-input.js';
import type { ExtractResult } from './pipeline.js';
import type { SerialisedResult, WorkerRequest, WorkerResponse } from './worker.js';

/** Records per message: enough to amortise messaging, small enough to keep memory bounded. */
const BATCH = 64;
/** Batches queued per worker: one being extracted, one waiting, so a worker never waits for the main thread. */
const IN_FLIGHT = 2;

/** --workers default: one for small inputs (worker start-up costs about a dictionary load), cores for large. */
export async function defaultWorkers(paths: string[]): Promise<number> {
  return isLargeInput(paths) ? Math.max(1, availableParallelism()) : 1;
}

export function extractParallel(items: AsyncIterable<InputItem>, workers: number, date?: string): AsyncGenerator<ExtractResult> {
  return runPool<ExtractResult>(items, workers, date, false);
}

/** The same, with every record already as JSON text (made in the workers, not on the main thread). */
export function extractParallelJson(items: AsyncIterable<InputItem>, workers: number, date?: string): AsyncGenerator<SerialisedResult> {
  return runPool<SerialisedResult>(items, workers, date, true);
}

async function* runPool<R>(items: AsyncIterable<InputItem>, workers: number, date: string | undefined, json: boolean): AsyncGenerator<R> {
  const url = new URL('./worker.js', import.meta.url);
  const pool = Array.from({ length: workers }, () => new Worker(url));
  // batches sent and not answered yet, per worker: a worker always has its next batch queued
  const load = new Map<Worker, number>(pool.map((w) => [w, 0]));
  const done = new Map<number, R[]>();
  let waiting: (() => void) | null = null;
  let failure: Error | null = null;
  const wake = (): void => { const w = waiting; waiting = null; w?.(); };
  for (const w of pool) {
    w.on('message', (res: WorkerResponse) => { done.set(res.seq, res.results as R[]); load.set(w, (load.get(w) as number) - 1); wake(); });
    w.on('error', (err) => { failure = err; wake(); });
  }
  const until = (): Promise<void> => new Promise((res) => { waiting = res; });
  const leastLoaded = (): Worker => pool.reduce((a, b) => ((load.get(b) as number) < (load.get(a) as number) ? b : a));
  let sent = 0;
  let next = 0;
  let batch: InputItem[] = [];
  const flush = async (): Promise<void> => {
    while ((load.get(leastLoaded()) as number) >= IN_FLIGHT && !failure) await until();
    if (failure) throw failure;
    const req: WorkerRequest = { seq: sent++, items: batch, json, ...(date ? { date } : {}) };
    const w = leastLoaded();
    load.set(w, (load.get(w) as number) + 1);
    w.postMessage(req);
    batch = [];
  };
  try {
    for await (const item of items) {
      batch.push(item);
      // a page or a chunk of JSON lines is a batch of its own; single records are gathered
      if (item.kind === 'page' || item.kind === 'lines' || batch.length >= BATCH) await flush();
      while (done.has(next)) { yield* done.get(next) as R[]; done.delete(next++); }
    }
    if (batch.length) await flush();
    while (next < sent) {
      while (!done.has(next) && !failure) await until();
      if (failure) throw failure;
      yield* done.get(next) as R[];
      done.delete(next++);
    }
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
