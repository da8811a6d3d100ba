import { createReadStream, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { ErrorItem, RecordItem } from '../../src/io/input-item.js';
import { isIsoDate, parseJsonlLine } from '../../src/io/jsonl-record.js';
import { readJsonl } from '../../src/io/read-jsonl.js';
import { countLineBreaks, readJsonlChunks, recordsOfChunk } from '../../src/io/jsonl-chunks.js';
import { toSource } from '../../src/text/offset-map.js';

const RECORDS = join(import.meta.dirname, '../fixtures/io/records.jsonl');

async function collect(items: AsyncIterable<RecordItem | ErrorItem>): Promise<Array<RecordItem | ErrorItem>> {
  const out: Array<RecordItem | ErrorItem> = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('parseJsonlLine', () => {
  it.each([
    ['{"id":"a","text":"正文"}', { kind: 'record', id: 'a', text: '正文', original: '正文' }],
    ['{"id":7,"text":"正文","title":"标题","date":"2023-01-05"}', { kind: 'record', id: '7', title: '标题', date: '2023-01-05' }],
    ['{"id":"a","text":"","title":null,"date":null,"extra":1}', { kind: 'record', id: 'a', text: '' }],
    ['{"id":"a","text":"x"', { kind: 'error', message: /^f\.jsonl:3: bad JSON/ }],
    ['"just a string"', { kind: 'error', message: 'f.jsonl:3: not a JSON object' }],
    ['{"text":"x"}', { kind: 'error', message: 'f.jsonl:3: missing "id"' }],
    ['{"id":"","text":"x"}', { kind: 'error', message: /"id" must be a non-empty string or a number/ }],
    ['{"id":true,"text":"x"}', { kind: 'error', message: /"id" must be/ }],
    ['{"id":"a"}', { kind: 'error', message: 'f.jsonl:3: missing "text" (id a)' }],
    ['{"id":"a","text":["x"]}', { kind: 'error', message: 'f.jsonl:3: "text" must be a string (id a)' }],
    ['{"id":"a","text":"x","title":5}', { kind: 'error', message: /"title" must be a string/ }],
    ['{"id":"a","text":"x","date":"2023-1-5"}', { kind: 'error', message: 'f.jsonl:3: "date" must be YYYY-MM-DD, got "2023-1-5" (id a)' }],
  ])('%s', (line, expected) => {
    const item = parseJsonlLine(line, 'f.jsonl', 3);
    const { message, ...rest } = expected as { message?: string | RegExp };
    expect(item).toMatchObject(rest);
    if (message !== undefined && item.kind === 'error') expect(item.message).toMatch(message);
    if (item.kind === 'error') expect(item.line).toBe(3);
  });

  it('strips an HTML text and keeps the map into the given text', () => {
    const item = parseJsonlLine('{"id":"h","text":"<p>区长&amp;书记</p><p>出席</p>"}', 'f.jsonl', 1);
    expect(item.kind).toBe('record');
    if (item.kind !== 'record') return;
    expect(item.text).toBe('区长&书记\n出席');
    expect(item.original).toBe('<p>区长&amp;书记</p><p>出席</p>');
    const span = toSource(item.mapped!, 3, 5);
    expect(item.original.slice(span.start, span.end)).toBe('书记');
  });

  it.each([
    ['2023-01-05', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2023-13-01', false],
    ['2023-01-05T08:00', false],
    [20230105, false],
  ])('isIsoDate(%j) → %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});

describe('readJsonl', () => {
  it('reads every good line and reports each bad one by file:line, in order', async () => {
    const items = await collect(readJsonl(createReadStream(RECORDS), 'records.jsonl'));
    const summary = items.map((i) => (i.kind === 'record' ? `${i.line} ${i.id}` : `${i.line} error`));
    expect(summary).toEqual(['1 qh-001', '2 2', '3 error', '4 qh-004', '6 error', '7 error', '8 error', '9 error', '10 error', '11 qh-010']);
    expect(items[0]).toMatchObject({ kind: 'record', title: '青禾区召开营商环境推进会', date: '2023-01-05' });
    expect(items[2]).toMatchObject({ kind: 'error', source: 'records.jsonl', message: expect.stringMatching(/^records\.jsonl:3: bad JSON/) });
    expect(items[3]).toMatchObject({ kind: 'record', text: '石桥街道召开“邻里节”筹备会。\n街道党工委书记唐悦出席。' });
    expect(items[3]).not.toHaveProperty('title');
  });

  it('drops a BOM on the first line and accepts CRLF line ends', async () => {
    const stream = Readable.from([Buffer.from('\uFEFF{"id":"a","text":"甲"}\r\n{"id":"b","text":"乙"}\r\n', 'utf8')]);
    const items = await collect(readJsonl(stream, '-'));
    expect(items.map((i) => (i.kind === 'record' ? i.text : i.message))).toEqual(['甲', '乙']);
  });

  it('keeps characters split across stream chunks', async () => {
    const bytes = Buffer.from('{"id":"a","text":"青禾区"}\n', 'utf8');
    const stream = Readable.from([bytes.subarray(0, 20), bytes.subarray(20)]);
    const items = await collect(readJsonl(stream, '-'));
    expect(items[0]).toMatchObject({ kind: 'record', text: '青禾区' });
  });

  it('streams a large file (over 8 MB, 10^5 lines) record by record', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kg-jsonl-'));
    try {
      const file = join(dir, 'big.jsonl');
      const body = '区委书记周明远出席会议并讲话，强调要推进经济高质量发展。'.repeat(3);
      const lines = Array.from({ length: 100_000 }, (_, n) => JSON.stringify({ id: `r${n}`, text: body }));
      lines[50_000] = '{"id":"broken"';
      await writeFile(file, lines.join('\n') + '\n');
      expect(readFileSync(file).length).toBeGreaterThan(8 * 1024 * 1024);
      let records = 0;
      const errors: string[] = [];
      for await (const item of readJsonl(createReadStream(file), 'big.jsonl')) {
        if (item.kind === 'record') records++;
        else errors.push(item.message);
      }
      expect(records).toBe(99_999);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^big\.jsonl:50001: bad JSON/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('readJsonlChunks + recordsOfChunk (worker threads)', () => {
  const viaChunks = async (stream: Readable, size: number): Promise<Array<RecordItem | ErrorItem>> => {
    const out: Array<RecordItem | ErrorItem> = [];
    for await (const chunk of readJsonlChunks(stream, 'f.jsonl', size)) out.push(...recordsOfChunk(chunk));
    return out;
  };
  const text = '\uFEFF{"id":"a","text":"甲"}\r\n\r\n{"id":"b","text":"x"\n{"id":"c","text":"丙"}\r{"id":"d"}\n  \n{"id":"e","text":"戊"}';

  it.each([1, 7, 30, 1 << 16])('gives what readJsonl gives, line numbers included (chunks of %i)', async (size) => {
    const bytes = Buffer.from(text, 'utf8');
    const expected = await collect(readJsonl(Readable.from([bytes.subarray(0, 11), bytes.subarray(11)]), 'f.jsonl'));
    expect(await viaChunks(Readable.from([bytes.subarray(0, 11), bytes.subarray(11)]), size)).toEqual(expected);
  });

  it('reads the fixture file as readJsonl does', async () => {
    const expected = await collect(readJsonl(createReadStream(RECORDS), 'records.jsonl'));
    const out: Array<RecordItem | ErrorItem> = [];
    for await (const chunk of readJsonlChunks(createReadStream(RECORDS), 'records.jsonl', 40)) out.push(...recordsOfChunk(chunk));
    expect(out).toEqual(expected);
  });

  it('counts line breaks as readline does', () => {
    expect(countLineBreaks('a\r\nb\rc\nd')).toBe(3);
    expect(countLineBreaks('')).toBe(0);
  });
});
