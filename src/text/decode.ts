// Bytes → text, detecting the encoding without being told.
//
// Order: UTF-8 BOM, UTF-16 LE/BE BOM, known binary signatures and NUL bytes, valid UTF-8,
// then GB18030 (a superset of GBK and GB2312) and Big5 when the bytes have the shape of Chinese text.
// A byte-order mark is dropped: offsets everywhere else are into the decoded text WITHOUT the BOM.
import iconv from 'iconv-lite';

export type DecodeProblem = 'binary' | 'undecodable';

/** The bytes are not a text file we can read; `message` is one line naming the file and the problem. */
export class DecodeError extends Error {
  override readonly name = 'DecodeError';
  constructor(
    readonly source: string,
    readonly problem: DecodeProblem,
    detail: string,
  ) {
    super(`${source}: ${detail}`);
  }
}

const SIGNATURES: ReadonlyArray<readonly [number[], string]> = [
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'PDF document'],
  [[0x50, 0x4b, 0x03, 0x04], 'ZIP archive (docx, xlsx, epub …)'],
  [[0x89, 0x50, 0x4e, 0x47], 'PNG image'],
  [[0xff, 0xd8, 0xff], 'JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'GIF image'],
  [[0x1f, 0x8b], 'gzip archive'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'MS Office document (doc, xls)'],
];

/** Decode a file's bytes; `source` names the file in errors. Throws DecodeError. */
export function decodeBytes(bytes: Uint8Array, source: string): string {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeUtf8(bytes.subarray(3), source, 3);
  if (startsWith(bytes, [0xff, 0xfe])) return checkText(decodeUtf16(bytes.subarray(2), 'le', source), source);
  if (startsWith(bytes, [0xfe, 0xff])) return checkText(decodeUtf16(bytes.subarray(2), 'be', source), source);
  for (const [magic, what] of SIGNATURES) {
    if (startsWith(bytes, magic)) throw new DecodeError(source, 'binary', `${what}, not a text file`);
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new DecodeError(source, 'binary', `binary data (NUL bytes at offset ${nul}), not a text file`);
  }
  const utf8 = tryUtf8(bytes);
  if (utf8.ok) return checkText(utf8.text, source);
  const chinese = decodeChinese(bytes);
  if (chinese !== null) return checkText(chinese, source);
  throw new DecodeError(
    source,
    'undecodable',
    `not UTF-8 (invalid byte 0x${hex(bytes[utf8.badAt] ?? 0)} at offset ${utf8.badAt}) nor GB18030/Big5 text`,
  );
}

function decodeUtf8(bytes: Uint8Array, source: string, shift: number): string {
  const r = tryUtf8(bytes);
  if (!r.ok) {
    throw new DecodeError(source, 'undecodable', `invalid UTF-8 after the BOM (byte 0x${hex(bytes[r.badAt] ?? 0)} at offset ${r.badAt + shift})`);
  }
  return checkText(r.text, source);
}

type Utf8Result = { ok: true; text: string } | { ok: false; badAt: number };

/** Strict UTF-8; a multi-byte sequence cut off at the very end (a truncated file) becomes U+FFFD. */
function tryUtf8(bytes: Uint8Array): Utf8Result {
  const badAt = firstInvalidUtf8(bytes);
  if (badAt < 0) return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  if (bytes.length - badAt <= 3 && isTruncatedTail(bytes.subarray(badAt))) {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, badAt)) + '\uFFFD' };
  }
  return { ok: false, badAt };
}

/** Offset of the first byte that starts an invalid UTF-8 sequence, or -1. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i] as number;
    if (c < 0x80) { i++; continue; }
    const n = c >= 0xf0 && c <= 0xf4 ? 3 : c >= 0xe0 ? (c <= 0xef ? 2 : -1) : c >= 0xc2 ? 1 : -1;
    if (n < 0 || i + n >= b.length) return i;
    for (let k = 1; k <= n; k++) if (((b[i + k] as number) & 0xc0) !== 0x80) return i;
    const c1 = b[i + 1] as number;
    if ((c === 0xe0 && c1 < 0xa0) || (c === 0xed && c1 >= 0xa0) || (c === 0xf0 && c1 < 0x90) || (c === 0xf4 && c1 >= 0x90)) return i;
    i += n + 1;
  }
  return -1;
}

function isTruncatedTail(tail: Uint8Array): boolean {
  const c = tail[0] as number;
  const need = c >= 0xf0 && c <= 0xf4 ? 3 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xc2 && c <= 0xdf ? 1 : 0;
  if (need === 0 || tail.length > need) return false;
  for (let k = 1; k < tail.length; k++) if (((tail[k] as number) & 0xc0) !== 0x80) return false;
  return true;
}

function decodeUtf16(bytes: Uint8Array, order: 'le' | 'be', source: string): string {
  if (bytes.length % 2 !== 0) {
    throw new DecodeError(source, 'undecodable', `UTF-16 (${order.toUpperCase()}) text with an odd number of bytes`);
  }
  let le = bytes;
  if (order === 'be') {
    le = new Uint8Array(bytes.length);
    for (let i = 0; i < bytes.length; i += 2) {
      le[i] = bytes[i + 1] as number;
      le[i + 1] = bytes[i] as number;
    }
  }
  try {
    return new TextDecoder('utf-16le', { fatal: true }).decode(le);
  } catch {
    throw new DecodeError(source, 'undecodable', `invalid UTF-16 (${order.toUpperCase()}) text (unpaired surrogate)`);
  }
}

/**
 * GB18030 when most double-byte pairs fall in the GB2312 area (A1–F7 × A1–FE), where common hanzi live;
 * else Big5 when every pair is well-formed Big5; else GB18030 when the text is mostly non-ASCII
 * (Chinese-heavy GBK with many extension characters). Null: not Chinese text (e.g. Latin-1).
 */
function decodeChinese(bytes: Uint8Array): string | null {
  const s = pairStats(bytes);
  if (s.pairs === 0) return null;
  if (s.gb2312 / s.pairs >= 0.8) return acceptable(iconv.decode(bytes, 'gb18030'));
  if (s.big5Valid) {
    const big5 = acceptable(iconv.decode(bytes, 'big5'));
    if (big5 !== null) return big5;
  }
  if (s.high / bytes.length >= 0.3) return acceptable(iconv.decode(bytes, 'gb18030'));
  return null;
}

function pairStats(b: Uint8Array): { pairs: number; gb2312: number; high: number; big5Valid: boolean } {
  let pairs = 0, gb2312 = 0, high = 0, big5Valid = true;
  for (let i = 0; i < b.length; i++) {
    const c = b[i] as number;
    if (c < 0x80) continue;
    high++;
    const t = b[i + 1];
    if (t === undefined) { big5Valid = false; break; }
    pairs++;
    high++;
    if (c >= 0xa1 && c <= 0xf7 && t >= 0xa1 && t <= 0xfe) gb2312++;
    if (!(c >= 0x81 && c <= 0xfe && ((t >= 0x40 && t <= 0x7e) || (t >= 0xa1 && t <= 0xfe)))) big5Valid = false;
    i++;
  }
  return { pairs, gb2312, high, big5Valid };
}

/** Few replacement characters: the decoding fits. */
function acceptable(text: string): string | null {
  let bad = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0xfffd) bad++;
  return bad <= Math.max(1, text.length * 0.005) ? text : null;
}

/** Decoded text with many control characters is binary data that happened to decode. */
function checkText(text: string, source: string): string {
  const nul = text.indexOf('\0');
  if (nul >= 0) throw new DecodeError(source, 'binary', `binary data (NUL character at offset ${nul}), not a text file`);
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && (c < 0x09 || c > 0x0d) && c !== 0x1a && c !== 0x1b) || c === 0x7f) controls++;
  }
  if (controls > Math.max(4, text.length * 0.01)) {
    throw new DecodeError(source, 'binary', `binary data (${controls} control characters), not a text file`);
  }
  return text;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

function hex(b: number): string {
  return b.toString(16).toUpperCase().padStart(2, '0');
}
