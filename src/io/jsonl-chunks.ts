// JSON lines in chunks of raw text, for worker threads: the main thread only cuts the stream at line breaks
// and counts lines; parsing (JSON.parse, HTML stripping) happens where the chunk is extracted. A chunk parsed
// with recordsOfChunk gives exactly the items readJsonl gives for the same lines (same line numbers, same
// line breaks: \n, \r\n and a lone \r, as node's readline splits them; a BOM dropped from line 1).
import type { Readable } from 'node:stream';
import type { ErrorItem, LinesItem, RecordItem } from './input-item.js';
import { parseJsonlLine } from './jsonl-record.js';

/** About this many UTF-16 code units per chunk (whole lines only): tens of articles, tens of milliseconds of work. */
export const CHUNK = 64 * 1024;

/** Chunks of whole lines of `stream`; `line` is the number of each chunk's first line (1-based). */
export async function* readJsonlChunks(stream: Readable, source: string, size = CHUNK): AsyncGenerator<LinesItem> {
  stream.setEncoding('utf8');
  let buf = '';
  let line = 1;
  const cut = (text: string): LinesItem => {
    const item: LinesItem = { kind: 'lines', source, line, text };
    line += countLineBreaks(text);
    return item;
  };
  // buf's last line break, tracked as chunks come (buf.lastIndexOf per chunk searched a line of megabytes again
  // and again for its end); what is left after a cut holds none
  let lastBreak = -1;
  for await (const chunk of stream) {
    const at = (chunk as string).lastIndexOf('\n');
    if (at >= 0) lastBreak = buf.length + at;
    buf += chunk as string;
    if (buf.length < size) continue;
    const end = lastBreak;
    if (end < 0) continue;
    const text = buf.slice(0, end + 1);
    buf = buf.slice(end + 1);
    lastBreak = -1;
    yield cut(text);
  }
  if (buf.length > 0) yield cut(buf);
}

/** Line breaks as readline counts them: \r\n is one, a lone \r or \n is one. */
export function countLineBreaks(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) if (text.charCodeAt(i + 1) !== 10) n++;
  return n;
}

/** The record (or error) items of a chunk, blank lines skipped, as readJsonl would yield them. */
export function recordsOfChunk(chunk: LinesItem): (RecordItem | ErrorItem)[] {
  const out: (RecordItem | ErrorItem)[] = [];
  const lines = chunk.text.split(/\r\n|\n|\r/);
  for (let i = 0; i < lines.length; i++) {
    const line = chunk.line + i;
    const raw = lines[i] as string;
    const text = line === 1 && raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
    if (text.trim() === '') continue;
    out.push(parseJsonlLine(text, chunk.source, line));
  }
  return out;
}
