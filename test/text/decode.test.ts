import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { DecodeError, decodeBytes } from '../../src/text/decode.js';

const dir = join(import.meta.dirname, '../fixtures/io');
const bytes = (name: string): Uint8Array => readFileSync(join(dir, name));
const PAGE = readFileSync(join(dir, 'page.txt'), 'utf8');

describe('decodeBytes: encodings detected without being told', () => {
  it.each([
    ['page.txt', 'UTF-8 without BOM'],
    ['utf8-bom.txt', 'UTF-8 with BOM (BOM dropped)'],
    ['utf16le.txt', 'UTF-16 LE with BOM'],
    ['utf16be.txt', 'UTF-16 BE with BOM'],
    ['gbk-page.txt', 'GBK (read as GB18030)'],
  ])('%s: %s', (name) => {
    expect(decodeBytes(bytes(name), name)).toBe(PAGE);
  });

  it('drops the BOM so offsets start at the first character', () => {
    const text = decodeBytes(bytes('utf8-bom.txt'), 'utf8-bom.txt');
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text.indexOf('本报讯')).toBe(0);
  });

  it('reads Big5 (traditional) text', () => {
    expect(decodeBytes(bytes('big5-page.txt'), 'big5-page.txt')).toBe('本報訊 青禾區召開推進會。區委書記周明遠出席會議並講話。\n');
  });

  it('reads GB18030 four-byte characters', () => {
    const text = '青禾区居民𠮷先生发言。\n';
    expect(decodeBytes(iconv.encode(text, 'gb18030'), 'x.txt')).toBe(text);
  });

  it.each([
    ['', ''],
    ['plain ASCII line\n', 'plain ASCII line\n'],
    ['第一页\f第二页\n', '第一页\f第二页\n'],
  ])('keeps text %j', (input, expected) => {
    expect(decodeBytes(Buffer.from(input, 'utf8'), 'x.txt')).toBe(expected);
  });

  it('reads clearly UTF-8 text with a stray byte as UTF-8, not as GB18030', () => {
    const good = Buffer.from(PAGE, 'utf8');
    const broken = Buffer.concat([good.subarray(0, 28), Buffer.from([0xff]), good.subarray(28)]);
    const text = decodeBytes(broken, 'stray.txt');
    expect(text.replace('\uFFFD', '')).toBe(PAGE);
  });

  it('rejects invalid UTF-8 after a BOM, counting offsets in the file', () => {
    expect(() => decodeBytes(Buffer.from([0xef, 0xbb, 0xbf, 0x41, 0xe9, 0x42]), 'bom.txt')).toThrow(
      'bom.txt: invalid UTF-8 after the BOM (invalid byte 0xE9 at offset 4)',
    );
  });

  it('turns a multi-byte character cut off at the end of the file into U+FFFD', () => {
    const cut = Buffer.from('青禾区', 'utf8').subarray(0, 8);
    expect(decodeBytes(cut, 'cut.txt')).toBe('青禾\uFFFD');
  });
});

describe('decodeBytes: what is not text throws DecodeError naming the file', () => {
  it.each([
    ['scan.dat', 'binary', 'scan.dat: binary data (NUL bytes at offset 12), not a text file'],
    ['report.pdf', 'binary', 'report.pdf: PDF document, not a text file'],
    ['latin1.txt', 'undecodable', /^latin1\.txt: not UTF-8 \(invalid byte 0xE9 at offset 12\) nor GB18030\/Big5 text$/],
  ] as const)('%s', (name, problem, message) => {
    let caught: unknown;
    try {
      decodeBytes(bytes(name), name);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(DecodeError);
    const err = caught as DecodeError;
    expect(err.problem).toBe(problem);
    expect(err.source).toBe(name);
    expect(err.message).toMatch(message);
    expect(err.message).not.toContain('\n');
  });

  it('rejects text full of control characters', () => {
    const noisy = Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)));
    expect(() => decodeBytes(noisy, 'noisy.txt')).toThrow(DecodeError);
  });

  it('rejects UTF-16 with an odd number of bytes', () => {
    expect(() => decodeBytes(Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x42]), 'odd.txt')).toThrow(DecodeError);
  });
});
