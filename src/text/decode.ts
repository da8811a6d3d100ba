// Bytes → text, detecting the encoding without being told.
//
// Order: UTF-8 BOM, UTF-16 LE/BE BOM, known binary signatures and NUL bytes, UTF-8 (valid, or clearly
// UTF-8 with a few stray bytes, which become U+FFFD), then GB18030 (a superset of GBK and GB2312) and Big5 when the bytes have the shape of Chinese text.
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
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeBom8(bytes.subarray(3), source);
  if (startsWith(bytes, [0xff, 0xfe])) return checkText(decodeUtf16(bytes.subarray(2), 'le', source), source);
  if (startsWith(bytes, [0xfe, 0xff])) return checkText(decodeUtf16(bytes.subarray(2), 'be', source), source);
  for (const [magic, what] of SIGNATURES) {
    if (startsWith(bytes, magic)) throw new DecodeError(source, 'binary', `${what}, not a text file`);
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new DecodeError(source, 'binary', `binary data (NUL bytes at offset ${nul}), not a text file`);
  }
  const utf8 = decodeUtf8(bytes);
  if (utf8.text !== null) return checkText(utf8.text, source);
  const chinese = decodeChinese(bytes);
  if (chinese !== null) return checkText(chinese, source);
  throw new DecodeError(source, 'undecodable', `not UTF-8 (${utf8.problem}) nor GB18030/Big5 text`);
}

function decodeBom8(bytes: Uint8Array, source: string): string {
  const utf8 = decodeUtf8(bytes, 3);
  if (utf8.text === null) throw new DecodeError(source, 'undecodable', `invalid UTF-8 after the BOM (${utf8.problem})`);
  return checkText(utf8.text, source);
}

/**
 * UTF-8 when valid; a sequence cut off at the very end (a truncated file) becomes U+FFFD; a few stray
 * bytes in clearly UTF-8 text (at least 20 good multi-byte sequences per bad byte) become U+FFFD too.
 * Otherwise null, with the first bad byte (its offset in the file is `base` + its index in `bytes`).
 */
function decodeUtf8(bytes: Uint8Array, base = 0): { text: string; problem?: undefined } | { text: null; problem: string } {
  const scan = scanUtf8(bytes);
  if (scan.bad === 0) {
    const whole = scan.cutAt < 0 ? bytes : bytes.subarray(0, scan.cutAt);
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(whole) + (scan.cutAt < 0 ? '' : '\uFFFD') };
  }
  if (scan.multi >= 20 * scan.bad) return { text: new TextDecoder('utf-8').decode(bytes) };
  return { text: null, problem: `invalid byte 0x${hex(bytes[scan.firstBad] ?? 0)} at offset ${base + scan.firstBad}` };
}

interface Utf8Scan {
  /** offset of the first byte starting no valid sequence, or -1 */
  firstBad: number;
  bad: number;
  /** valid multi-byte sequences */
  multi: number;
  /** start of an incomplete sequence that runs into the end of the data, or -1 */
  cutAt: number;
}

function scanUtf8(b: Uint8Array): Utf8Scan {
  const scan: Utf8Scan = { firstBad: -1, bad: 0, multi: 0, cutAt: -1 };
  let i = 0;
  while (i < b.length) {
    const c = b[i] as number;
    if (c < 0x80) {
      i++;
      continue;
    }
    const need = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
    const got = need === 0 ? 0 : continuationBytes(b, i, need);
    if (need > 0 && got === need) {
      scan.multi++;
      i += need + 1;
    } else if (need > 0 && i + 1 + got === b.length) {
      scan.cutAt = i;
      break;
    } else {
      scan.bad++;
      if (scan.firstBad < 0) scan.firstBad = i;
      i++;
    }
  }
  return scan;
}

/** How many of the `need` bytes after the lead at `i` are valid continuation bytes (stops at the first bad one). */
function continuationBytes(b: Uint8Array, i: number, need: number): number {
  const c = b[i] as number;
  for (let k = 1; k <= need; k++) {
    const t = b[i + k];
    if (t === undefined || (t & 0xc0) !== 0x80) return k - 1;
    if (k === 1 && ((c === 0xe0 && t < 0xa0) || (c === 0xed && t >= 0xa0) || (c === 0xf0 && t < 0x90) || (c === 0xf4 && t >= 0x90))) return 0;
  }
  return need;
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
