// JSON lines, streamed: one line in memory at a time, so files of any size and line count go through.
// The stream is read as UTF-8 (JSON's encoding); a BOM on the first line is dropped. A bad line becomes
// an error item and reading continues.
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { ErrorItem, RecordItem } from './input-item.js';
import { parseJsonlLine } from './jsonl-record.js';

/** Records (and per-line errors) from `stream`; `source` names it in messages. */
export async function* readJsonl(stream: Readable, source: string): AsyncGenerator<RecordItem | ErrorItem> {
  stream.setEncoding('utf8');
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let line = 0;
  try {
    for await (const raw of lines) {
      line++;
      const text = line === 1 && raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
      if (text.trim() === '') continue;
      yield parseJsonlLine(text, source, line);
    }
  } finally {
    lines.close();
  }
}
