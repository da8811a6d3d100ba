// Word segmentation with nodejieba: the only module that imports it (its state is global).
import { createRequire } from 'node:module';
import type { Token } from '../extract/types.js';

type Jieba = { tag(text: string): { word: string; tag: string }[]; load(opts?: object): void };
let jieba: Jieba | undefined;

function engine(): Jieba {
  if (!jieba) {
    const require = createRequire(import.meta.url);
    jieba = require('nodejieba') as Jieba;
  }
  return jieba;
}

/** Tokens of text[start, end) with offsets into text. jieba's tokens concatenate back to the input exactly. */
export function segment(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  let at = start;
  for (const { word, tag } of engine().tag(text.slice(start, end))) {
    out.push({ word, tag, start: at, end: at + word.length });
    at += word.length;
  }
  return out;
}

/** jieba cuts its input at these before segmenting (cppjieba's separators: space, tab, newline, ，。), each a token of its own. */
const SEPARATORS = new Set([0x20, 0x09, 0x0a, 0xff0c, 0x3002]);

/** jieba cuts any input that goes across offset p at p anyway: p is next to a separator. */
function cutsAt(text: string, p: number): boolean {
  return SEPARATORS.has(text.charCodeAt(p - 1)) || SEPARATORS.has(text.charCodeAt(p));
}

/**
 * How much text one jieba call takes at most when spans are tagged together: enough for the calls in a row to
 * pay, little enough that a long article is tagged in pieces (one call over megabytes is slower per character
 * and holds all its tokens at once).
 */
const GROUP = 16 * 1024;

/**
 * The tokens of each span, exactly as segment(text, span.start, span.end) gives them, with fewer jieba calls:
 * consecutive spans are tagged together when jieba cuts where one ends and the next starts (after 。 or a line
 * break), because jieba segments the pieces between its separators independently; a group stops at GROUP
 * characters (at a span's end, where jieba cuts anyway). Spans: in order, disjoint.
 */
export function segmentSpans(text: string, spans: readonly { start: number; end: number }[]): Token[][] {
  const out: Token[][] = [];
  let g = 0;
  while (g < spans.length) {
    let h = g;
    const from = (spans[g] as Span).start;
    while (h + 1 < spans.length && (spans[h + 1] as Span).end - from <= GROUP && cutsAt(text, (spans[h] as Span).end) && cutsAt(text, (spans[h + 1] as Span).start)) h++;
    if (h === g) {
      const s = spans[g] as Span;
      out.push(segment(text, s.start, s.end));
    } else {
      const tokens = segment(text, (spans[g] as Span).start, (spans[h] as Span).end);
      let k = 0;
      for (let i = g; i <= h; i++) {
        const s = spans[i] as Span;
        while (k < tokens.length && (tokens[k] as Token).start < s.start) k++;
        const from = k;
        while (k < tokens.length && (tokens[k] as Token).end <= s.end) k++;
        const mine = tokens.slice(from, k);
        const exact = mine.length > 0 && (mine[0] as Token).start === s.start && (mine[mine.length - 1] as Token).end === s.end;
        out.push(exact ? mine : segment(text, s.start, s.end));
      }
    }
    g = h + 1;
  }
  return out;
}

type Span = { start: number; end: number };
