// The page inputs of the fuzz tier, one row per kind: how many, how each is made from a base article and the
// seeded random source, and what reading and extracting it must give. Pages are whole files: `kg extract FILE`.
import iconv from 'iconv-lite';
import { between, pick, type Rng } from '../helpers/rng.js';
import { htmlPage, plainPage, randomBytes, type Base, type Expect } from './fuzz-case.js';

export interface PageKind {
  kind: string;
  count: number;
  ext: readonly string[];
  expect: Expect;
  /** the clean kind whose finds each must equal (same base article) */
  sameAs?: 'clean-txt' | 'clean-html';
  why: string;
  make: (base: Base, rng: Rng) => Buffer;
}

const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');

/** UTF-16 LE with its BOM, as Windows tools save "Unicode" text. */
const utf16le = (s: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);

/** GBK's own punctuation and symbols (double-byte in GBK), as old newsroom systems print them. */
const GBK_PUNCTUATION = '、。·ˉˇ¨〃々—～‖…‘’“”〔〕〈〉《》「」『』〖〗【】±×÷∶∧∨∑∏∪∩∈∷√⊥∥∠⌒⊙∫∮≡≌≈∽∝≠≮≯≤≥∞∵∴°′″℃＄¤￠￡‰§№☆★○●◎◇◆□■△▲※→←↑↓〓！＂＃％＆＇（）＊＋，－．／：；＜＝＞？［＼］＾＿｀｛｜｝';

const SIGNATURES: readonly number[][] = [
  [0x25, 0x50, 0x44, 0x46, 0x2d], [0x50, 0x4b, 0x03, 0x04], [0x89, 0x50, 0x4e, 0x47], [0xff, 0xd8, 0xff],
  [0x47, 0x49, 0x46, 0x38], [0x1f, 0x8b], [0xd0, 0xcf, 0x11, 0xe0],
];

/** `depth` nested block elements of a few kinds around `inner`. */
function nested(inner: string, depth: number, rng: Rng): string {
  const tags = Array.from({ length: depth }, () => pick(rng, ['div', 'section', 'article', 'td', 'li']));
  return tags.map((t) => `<${t} class="w">`).join('') + inner + tags.reverse().map((t) => `</${t}>`).join('');
}

/** Inserts `piece` into `bytes` at a random offset. */
function insertAt(bytes: Buffer, piece: Buffer, rng: Rng): Buffer {
  const at = between(rng, 0, bytes.length);
  return Buffer.concat([bytes.subarray(0, at), piece, bytes.subarray(at)]);
}

/** Cuts the UTF-8 bytes of `text` inside a multi-byte character in its second half. */
function truncatedUtf8(text: string, rng: Rng): Buffer {
  const bytes = utf8(text);
  for (let at = between(rng, bytes.length >> 1, bytes.length - 2); at < bytes.length; at++) {
    if (((bytes[at] ?? 0) & 0xc0) === 0x80) return bytes.subarray(0, at);
  }
  return bytes.subarray(0, bytes.length - 1);
}

export const PAGE_KINDS: readonly PageKind[] = [
  { kind: 'clean-txt', count: 12, ext: ['.txt'], expect: 'good', why: 'the reference finds', make: (b) => utf8(plainPage(b)) },
  { kind: 'clean-html', count: 12, ext: ['.html'], expect: 'good', why: 'the reference finds of HTML', make: (b) => utf8(htmlPage(b)) },
  { kind: 'gbk', count: 12, ext: ['.txt'], expect: 'good', sameAs: 'clean-txt', why: 'GBK bytes decode to the same text',
    make: (b) => iconv.encode(plainPage(b), 'gbk') },
  { kind: 'gbk-punctuation', count: 16, ext: ['.txt', '.md'], expect: 'good', why: 'a paragraph of GBK punctuation and symbols',
    make: (b, r) => iconv.encode(`${plainPage(b)}\n${[...GBK_PUNCTUATION].filter(() => r() < 0.5).join('')}\n`, 'gbk') },
  { kind: 'utf16', count: 12, ext: ['.txt'], expect: 'good', sameAs: 'clean-txt', why: 'UTF-16 with a BOM decodes to the same text',
    make: (b) => utf16le(plainPage(b)) },
  { kind: 'utf16-lone-surrogate', count: 20, ext: ['.txt'], expect: 'bad', why: 'an unpaired surrogate is not UTF-16 text',
    make: (b, r) => { const t = plainPage(b); const at = between(r, 0, t.length); return utf16le(t.slice(0, at) + pick(r, ['\ud800', '\udbff', '\udc00']) + t.slice(at)); } },
  { kind: 'utf8-encoded-surrogate', count: 12, ext: ['.txt'], expect: 'good', why: 'a surrogate written as UTF-8 (CESU) is a stray byte run in UTF-8 text',
    make: (b, r) => { const t = plainPage(b); const at = between(r, 0, t.length); return Buffer.concat([utf8(t.slice(0, at)), Buffer.from([0xed, 0xa0, 0x80]), utf8(t.slice(at))]); } },
  { kind: 'truncated-utf8', count: 24, ext: ['.txt', '.html'], expect: 'good', why: 'a file cut inside a character',
    make: (b, r) => truncatedUtf8(plainPage(b), r) },
  { kind: 'deep-html', count: 12, ext: ['.html'], expect: 'good', sameAs: 'clean-html', why: 'tens of thousands of nested elements',
    make: (b, r) => utf8(htmlPage(b, (inner) => nested(inner, between(r, 1_000, 40_000), r))) },
  { kind: 'huge-attribute', count: 8, ext: ['.html', '.htm'], expect: 'good', sameAs: 'clean-html', why: 'attributes of up to 2 MB',
    make: (b, r) => utf8(htmlPage(b, (inner) => `<div data-state="${'ab=c;'.repeat(between(r, 20_000, 400_000))}">${inner}</div>`)) },
  { kind: 'random-bytes', count: 80, ext: ['.txt', '.html', '.md'], expect: 'bad', why: 'bytes that are no text encoding',
    make: (_b, r) => randomBytes(r, between(r, 64, 8192), true) },
  { kind: 'nul-bytes', count: 30, ext: ['.txt', '.html'], expect: 'bad', why: 'a NUL byte in text is binary data',
    make: (b, r) => insertAt(utf8(plainPage(b)), Buffer.alloc(between(r, 1, 4)), r) },
  { kind: 'binary-signature', count: 14, ext: ['.txt', '.md'], expect: 'bad', why: 'a PDF, image or archive named as text',
    make: (_b, r) => Buffer.concat([Buffer.from(pick(r, SIGNATURES)), randomBytes(r, between(r, 16, 2048), false)]) },
  { kind: 'empty', count: 6, ext: ['.txt', '.html'], expect: 'empty', why: 'nothing or only white space',
    make: (_b, r) => utf8(pick(r, ['', ' ', '\n\n', '\r\n \t\r\n', '\u3000\n'])) },
];
