// Extraction results kept on disk between the two phases of an ingest into the graph file: extraction (slow, no
// lock, any number of processes at once) and the merge (fast, under the writer's lock). One record a line, as
// `kg extract` prints it; failed inputs stay in memory (they are few and small).
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { ArticleRecord } from '../extract/record.js';
import type { IngestFailure, IngestInput } from './ingest.js';

/** Structurally the extractor's SerialisedResult (src/extract/worker.ts): `utf8` holds `records` lines, each ending with a newline. */
export type SerialisedInput = { ok: true; utf8: Uint8Array; records: number } | { ok: false; source: string; message: string };

export interface Spool {
  file: string;
  articles: number;
  failed: IngestFailure[];
}

/** Writes every record of `results` to `file`; `onArticles` is told the running count after each batch of them. */
export async function spoolResults(results: AsyncIterable<SerialisedInput>, file: string,
  onCount?: (s: Readonly<Spool>) => void): Promise<Spool> {
  const spool: Spool = { file, articles: 0, failed: [] };
  const out = createWriteStream(file);
  try {
    for await (const r of results) {
      if (r.ok) {
        if (!out.write(r.utf8)) await once(out, 'drain');
        spool.articles += r.records;
      } else spool.failed.push({ source: r.source, message: r.message });
      onCount?.(spool);
    }
  } finally {
    out.end();
    await once(out, 'close');
  }
  return spool;
}

/** The spooled records, then the failed inputs, as ingestRecords takes them. Can be read any number of times. */
export async function* readSpool(spool: Spool): AsyncGenerator<IngestInput> {
  const lines = createInterface({ input: createReadStream(spool.file, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const line of lines) if (line) yield { ok: true, record: JSON.parse(line) as ArticleRecord };
  for (const f of spool.failed) yield { ok: false, ...f };
}
