// A Doc for one corpus line, built without the page pipeline: widths folded same-length
// (full-width digits, letters and ASCII punctuation → ASCII; the ideographic space → space),
// sentences split after 。！？；, tokens from segment(). Offsets stay those of the line.
import { segment } from '../text/segment.js';
import type { Doc, Sentence } from '../extract/types.js';

/** Folds full-width forms U+FF01–U+FF5E to ASCII and U+3000 to a space; the length never changes. */
export function foldWidths(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += ' ';
    else out += text[i];
  }
  return out;
}

const STOPS = new Set(['。', '！', '？', '；', '!', '?', ';']);

/** Sentence spans of text, each ending after its stop mark (the last may end without one). */
export function splitSentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!STOPS.has(text[i] as string)) continue;
    let end = i + 1;
    while (end < text.length && (text[end] === '”' || text[end] === '’' || text[end] === '"')) end++;
    out.push({ start, end });
    start = end;
    i = end - 1;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/** The Doc the recognisers see for one corpus line. */
export function lineDoc(raw: string, date: string | null = null): Doc {
  const text = foldWidths(raw);
  const sentences: Sentence[] = splitSentences(text).map(({ start, end }) => ({ start, end, tokens: segment(text, start, end) }));
  return { text, sentences, date, headlines: [] };
}
