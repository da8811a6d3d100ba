// The JSON-lines inputs of the fuzz tier, one row per kind: each case is one line of a `kg extract --jsonl` file,
// made from a base article, a fresh id and the seeded random source.
import { between, pick, type Rng } from '../helpers/rng.js';
import type { Base, Expect } from './fuzz-case.js';

export interface LineKind {
  kind: string;
  count: number;
  expect: Expect;
  /** each must find what the clean record of its base article finds */
  sameAs?: 'clean-record';
  why: string;
  /** the line's bytes (no line break) */
  make: (base: Base, rng: Rng, id: string) => Buffer;
}

const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');
const record = (b: Base, id: string, extra: Record<string, unknown> = {}): Record<string, unknown> =>
  ({ id, title: b.title, date: b.date, text: b.text, ...extra });
const line = (b: Base, id: string, extra?: Record<string, unknown>): string => JSON.stringify(record(b, id, extra));

/** `text` with `piece` inserted at a random place. */
const inserted = (text: string, piece: string, rng: Rng): string => {
  const at = between(rng, 0, text.length);
  return text.slice(0, at) + piece + text.slice(at);
};

/** The clean line, broken so that it is no JSON any more (each way always breaks it). */
const BREAKS: ReadonlyArray<(l: string, r: Rng) => string> = [
  (l, r) => l.slice(0, between(r, 1, l.length - 1)),
  (l, r) => l + pick(r, ['}', ',', 'x', ']', '{}', ' "']),
  (l) => l.replace(/"/g, "'"),
  (l) => l.replace(/"(\w+)":/g, '$1:'),
  (l, r) => l.replace(/"text":"/, `"text":"${pick(r, ['\u0001', '\t', '\u001f'])}`),
  (l) => l.replace(/"id":"[^"]*"/, '"id":NaN'),
  (l) => l.replace(/"text":"/, '"text":"\\x41'),
  (l) => `{${l}`,
];

/** Well-formed JSON that is not a record kg accepts (each one names its problem). */
const FIELD_ERRORS: ReadonlyArray<(b: Base, id: string) => string> = [
  (b) => JSON.stringify({ title: b.title, text: b.text }),
  (b) => JSON.stringify({ id: '', text: b.text }),
  (b) => JSON.stringify({ id: { x: 1 }, text: b.text }),
  (b) => JSON.stringify({ id: true, text: b.text }),
  (b) => `{"id":1e400,"text":${JSON.stringify(b.text)}}`,
  (_b, id) => JSON.stringify({ id }),
  (_b, id) => JSON.stringify({ id, text: 12 }),
  (_b, id) => JSON.stringify({ id, text: null }),
  (b, id) => JSON.stringify({ id, text: b.text, title: 5 }),
  (b, id) => JSON.stringify({ id, text: b.text, date: '2024-02-30' }),
  (b, id) => JSON.stringify({ id, text: b.text, date: '20240101' }),
  (b, id) => JSON.stringify({ id, text: b.text, date: 20240101 }),
];

const NOT_OBJECTS = ['[1,2]', '"text"', '42', 'null', 'true', '[{"id":"a","text":"b"}]'];

/** Nested arrays `depth` deep. */
const deepArray = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth);

export const LINE_KINDS: readonly LineKind[] = [
  { kind: 'clean-record', count: 12, expect: 'good', why: 'the reference finds', make: (b, _r, id) => utf8(line(b, id)) },
  { kind: 'record-copy', count: 24, expect: 'good', sameAs: 'clean-record', why: 'the same article under another id',
    make: (b, _r, id) => utf8(line(b, id)) },
  { kind: 'nul-in-text', count: 40, expect: 'good', why: 'NUL characters (\\u0000) in the text',
    make: (b, r, id) => utf8(line(b, id, { text: inserted(b.text, '\u0000'.repeat(between(r, 1, 3)), r) })) },
  { kind: 'lone-surrogate', count: 60, expect: 'good', why: 'an unpaired surrogate escape (\\ud800) in the text or title',
    make: (b, r, id) => utf8(line(b, id, pick(r, [{ text: inserted(b.text, pick(r, ['\ud800', '\udfff', '\udbff']), r) }, { title: `${b.title}\udc00` }]))) },
  { kind: 'invalid-utf8-in-text', count: 40, expect: 'good', why: 'bytes that are not UTF-8 inside the text (read as U+FFFD)',
    make: (b, r, id) => {
      const at = between(r, 0, b.text.length);
      const head = JSON.stringify(record(b, id, { text: b.text.slice(0, at) })).slice(0, -2);
      const tail = JSON.stringify(b.text.slice(at)).slice(1);
      return Buffer.concat([utf8(head), Buffer.from(pick(r, [[0xff], [0xc0, 0x80], [0xb1, 0xbe], [0xed, 0xa0, 0x80]])), utf8(`${tail}}`)]);
    } },
  { kind: 'huge-field', count: 6, expect: 'good', sameAs: 'clean-record', why: 'an extra field of up to 2 MB',
    make: (b, r, id) => utf8(line(b, id, { blob: 'x'.repeat(between(r, 100_000, 2_000_000)) })) },
  { kind: 'deep-nesting', count: 6, expect: 'good', sameAs: 'clean-record', why: 'an extra field nested up to 100,000 deep',
    make: (b, r, id) => utf8(`${line(b, id).slice(0, -1)},"x":${deepArray(between(r, 1_000, 100_000))}}`) },
  { kind: 'bad-json', count: 360, expect: 'bad', why: 'cut short, trailing garbage, quotes, control characters, NaN, bad escapes',
    make: (b, r, id) => utf8(pick(r, BREAKS)(line(b, id), r)) },
  { kind: 'not-an-object', count: 40, expect: 'bad', why: 'JSON that is not an object', make: (_b, r) => utf8(pick(r, NOT_OBJECTS)) },
  { kind: 'bad-field', count: 150, expect: 'bad', why: 'a missing or mistyped id, text, title or date',
    make: (b, r, id) => utf8(pick(r, FIELD_ERRORS)(b, id)) },
];
