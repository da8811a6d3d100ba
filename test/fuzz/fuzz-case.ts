// What the fuzz tier generates and expects: one case per input (a file, or one line of a JSON-lines file).
import type { Rng } from '../helpers/rng.js';

/** bad: exactly one error naming it, no record; good: no error, its records; empty: neither. */
export type Expect = 'good' | 'bad' | 'empty';

export interface FuzzCase {
  /** the generator kind that made it (a row of page-kinds.ts, line-kinds.ts or special-files.ts) */
  kind: string;
  /** the file, relative to the fuzz folder */
  file: string;
  /** JSON lines: the 1-based line of `file` */
  line?: number;
  /** JSON lines, good: the record's id */
  id?: string;
  expect: Expect;
  /**
   * good cases whose text is a clean case's, only wrapped or encoded differently: the key of that clean case,
   * whose finds (entity types and names) theirs must equal
   */
  sameAs?: string;
  /** clean cases: the key others refer to */
  key?: string;
}

/** A generated article (bench/generate-corpus.mjs): fictional local news. */
export interface Base {
  index: number;
  id: string;
  title: string;
  date: string;
  text: string;
}

/** The page of a base article as plain text: headline, blank line, body. */
export const plainPage = (b: Base): string => `${b.title}\n\n${b.text}\n`;

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The page as HTML; `wrap` puts the body's paragraphs inside other markup (deep nesting, huge attributes). */
export function htmlPage(b: Base, wrap: (inner: string) => string = (x) => x): string {
  const paras = b.text.split('\n').map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapeHtml(b.title)}</title></head>`
    + `<body><h1>${escapeHtml(b.title)}</h1>\n${wrap(paras)}\n</body></html>\n`;
}

/** Random bytes; `avoidNul` turns NUL into 0xFF (never valid in UTF-8, GB18030 or Big5). */
export function randomBytes(rng: Rng, length: number, avoidNul: boolean): Buffer {
  const b = Buffer.alloc(length);
  for (let i = 0; i < length; i++) {
    const v = Math.floor(rng() * 256);
    b[i] = avoidNul && v === 0 ? 0xff : v;
  }
  return b;
}
