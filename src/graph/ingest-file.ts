// Ingest into the embedded graph file, safe with other writers: the articles are extracted first with no lock held
// (several processes extract at once), spooled to a temporary file, then merged into the graph read fresh under
// the writer's lock and written before the lock is released. N concurrent ingests thus end as one ingest of their
// inputs in turn would: nothing is lost and nothing is counted twice.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GraphologyStore } from './graphology-store.js';
import { ingestRecords, type IngestOptions, type IngestSummary } from './ingest.js';
import { readSpool, spoolResults, type SerialisedInput, type Spool } from './spool.js';
import type { LockWaitOptions } from './store-lock.js';
import { updateStoreFile } from './store-update.js';

export interface FileIngestOptions extends LockWaitOptions, Pick<IngestOptions, 'knownPlaces'> {
  /** a progress line every this many articles, in each phase (default 100) */
  every?: number;
  /** progress lines (extraction, then the merge) */
  onProgress?: (line: string) => void;
}

export interface FileIngestResult {
  summary: IngestSummary;
  /** the graph as written (for counts, or to serve it) */
  store: GraphologyStore;
}

export async function ingestIntoFile(file: string, results: AsyncIterable<SerialisedInput>, o: FileIngestOptions): Promise<FileIngestResult> {
  const every = Math.max(1, o.every ?? 100);
  const dir = await mkdtemp(join(tmpdir(), 'kg-ingest-'));
  try {
    let next = every;
    const spool = await spoolResults(results, join(dir, 'records.jsonl'), (s) => {
      const done = s.articles + s.failed.length;
      if (done >= next) { o.onProgress?.(`… ${s.articles} articles extracted, ${s.failed.length} failed`); next = done + every; }
    });
    return await mergeSpool(file, spool, o, every);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function mergeSpool(file: string, spool: Spool, o: FileIngestOptions, every: number): Promise<FileIngestResult> {
  const { store, value } = await updateStoreFile(file, o, (locked) => {
    o.onProgress?.(`merging ${spool.articles} articles into ${file}`);
    return ingestRecords(readSpool(spool), locked, {
      every, ...(o.knownPlaces ? { knownPlaces: o.knownPlaces } : {}),
      onProgress: (s) => o.onProgress?.(`… ${s.articles} articles merged (${s.added} added, ${s.unchanged} unchanged)`),
    });
  });
  return { summary: value, store };
}
