// A whole file's bytes → a page item: decoded (encoding detected), HTML stripped when it is HTML.
import { extname } from 'node:path';
import { DecodeError, decodeBytes } from '../text/decode.js';
import { bodyTitle, prepareBody } from './body.js';
import type { ErrorItem, PageItem } from './input-item.js';

const HTML_EXTENSIONS = new Set(['.htm', '.html']);

/** A page from `bytes`, or an error item when they are not text. */
export function pageFromBytes(bytes: Uint8Array, source: string): PageItem | ErrorItem {
  let original: string;
  try {
    original = decodeBytes(bytes, source);
  } catch (e) {
    if (e instanceof DecodeError) return { kind: 'error', source, message: e.message };
    throw e;
  }
  const body = prepareBody(original, HTML_EXTENSIONS.has(extname(source).toLowerCase()));
  const title = bodyTitle(body);
  return { kind: 'page', source, ...body, ...(title !== undefined ? { title } : {}) };
}
