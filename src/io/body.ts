// Decoded input text → the InputBody extraction reads: HTML is stripped (with its offset map),
// anything else is used as it is.
import { htmlTitle, looksLikeHtml, stripHtml } from '../text/html.js';
import type { InputBody } from './input-item.js';

/** `html`: treat as HTML even if it does not look like it (a .html file). */
export function prepareBody(original: string, html: boolean): InputBody {
  if (!html && !looksLikeHtml(original)) return { original, text: original };
  const mapped = stripHtml(original);
  return { original, text: mapped.text, mapped };
}

/** The title of an HTML body, if it has one. */
export function bodyTitle(body: InputBody): string | undefined {
  return body.mapped === undefined ? undefined : (htmlTitle(body.original) ?? undefined);
}
