// Word segmentation with nodejieba: the only module that loads it (its state is global).
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Token } from '../extract/types.js';
import { jiebaTagTable } from './jieba-tag-snapshot.js';
import type { TagTable } from './jieba-tags.js';
import { bodyJoinCuts } from './body-joins.js';
import { FORMER_UNIT, formerMarkCut } from './former-marks.js';

type Jieba = { cut(text: string, hmm: boolean): string[]; load(dictionaries: Record<string, string>): void };

/**
 * nodejieba's keyword tables (IDF, stop words) replaced by one-line files (dictionaries/README.md): kg never extracts
 * keywords, and parsing them costs a sixth of nodejieba's start. Segmentation uses the default dictionaries.
 */
const NO_KEYWORDS = {
  idfDict: fileURLToPath(new URL('../../dictionaries/jieba/no-keywords.idf.utf8', import.meta.url)),
  stopWordDict: fileURLToPath(new URL('../../dictionaries/jieba/no-keywords.stop.utf8', import.meta.url)),
};
let jieba: Jieba | undefined;
let tags: TagTable | undefined;

function engine(): Jieba {
  if (!jieba) {
    const require = createRequire(import.meta.url);
    jieba = require('nodejieba') as Jieba;
    jieba.load(NO_KEYWORDS);
    tags = jiebaTagTable();
  }
  return jieba;
}

/**
 * Tokens of text[start, end) with offsets into text. jieba's tokens concatenate back to the input exactly. They
 * are nodejieba's `tag`: its `cut` with the HMM, each word tagged from its dictionary (jieba-tags.ts: the same
 * look-up in kg, without the binding's object per token). One reading of jieba's is undone: a conjunction joining
 * two bodies that it read into the second one's region level (局|和县|财政局) stands alone (body-joins.ts).
 */
export function segment(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  let at = start;
  const words = engine().cut(text.slice(start, end), true);
  const table = tags as TagTable;
  for (const word of words) {
    // (a conjunction jieba read into the next body's region level, 局|和县|财政局: cut out again, body-joins.ts)
    // (and 原 glued to a body or region before it, 局原|局长: former-marks.ts)
    const tag = table.tag(word);
    // (the characters after it are read only for a word ending in 原: 镇原 + 党委)
    const former = word.length === 2 && word.charCodeAt(1) === FORMER_UNIT ? formerMarkCut(word, tag, text.slice(at + 2, at + 5)) : null;
    const cuts = former !== null ? [former] : word.length >= 2 ? bodyJoinCuts(word, text.charCodeAt(at - 1), text.charCodeAt(at + word.length)) : null;
    if (cuts) {
      let from = 0;
      for (const to of [...cuts, word.length]) {
        const piece = word.slice(from, to);
        out.push({ word: piece, tag: table.tag(piece), start: at + from, end: at + to });
        from = to;
      }
    } else out.push({ word, tag, start: at, end: at + word.length });
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
 * How much text one jieba call takes at most: enough for calls in a row (spans tagged together) to pay, little
 * enough that a long article is tagged in pieces (one call over megabytes is slower per character and holds all
 * its tokens at once).
 */
export const CALL = 16 * 1024;

/**
 * The tokens of each span, exactly as segment(text, span.start, span.end) gives them (for spans up to CALL
 * characters), with fewer jieba calls:
 * consecutive spans are tagged together when jieba cuts where one ends and the next starts (after 。 or a line
 * break), because jieba segments the pieces between its separators independently; a group stops at CALL
 * characters (at a span's end, where jieba cuts anyway). A span longer than CALL is tagged in windows
 * (segmentInWindows). Spans: in order, disjoint.
 */
export function segmentSpans(text: string, spans: readonly { start: number; end: number }[]): Token[][] {
  const out: Token[][] = [];
  let g = 0;
  while (g < spans.length) {
    let h = g;
    const from = (spans[g] as Span).start;
    while (h + 1 < spans.length && (spans[h + 1] as Span).end - from <= CALL && cutsAt(text, (spans[h] as Span).end) && cutsAt(text, (spans[h + 1] as Span).start)) h++;
    if (h === g) {
      const s = spans[g] as Span;
      out.push(s.end - s.start > CALL ? segmentInWindows(text, s.start, s.end) : segment(text, s.start, s.end));
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

/** Characters of context kept after the last token taken from a window (jieba's reading settles within a few words). */
const WINDOW_MARGIN = 64;

/**
 * The tokens of text[start, end) tagged window by window (one jieba call over megabytes without a separator is
 * slower per character and holds every token at once): each window's tokens up to the last one that ends
 * WINDOW_MARGIN before the window's end, then the next window from there. Back to back, like segment()'s.
 */
export function segmentInWindows(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  let at = start;
  while (at < end) {
    const to = Math.min(end, at + CALL);
    const tokens = segment(text, at, to);
    let keep = tokens.length;
    if (to < end) {
      keep = 0;
      while (keep < tokens.length && (tokens[keep] as Token).end <= to - WINDOW_MARGIN) keep++;
      keep = Math.max(keep, 1);
    }
    for (let i = 0; i < keep; i++) out.push(tokens[i] as Token);
    at = (tokens[keep - 1] as Token).end;
  }
  return out;
}
