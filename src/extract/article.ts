// One article: its normalised text (body, then headlines) → the finds of the recognisers → relations → record.
// Two steps so that a page's region can be computed from all its articles before relations are made.
import * as crypto from 'node:crypto';
import { normaliseWidths } from '../text/widths.js';
import { changedSurnamesAt, isLikelyTraditional, toSimplified } from '../text/simplify.js';
import { keepSurnames } from './kept-surnames.js';
import { segmentSpans } from '../text/segment.js';
import { splitSentences } from '../text/sentences.js';
import { findCredits, type Credit } from '../text/credits.js';
import { cutLongSentences } from '../text/long-sentences.js';
import type { Mapped } from '../text/offset-map.js';
import { recogniseAll } from './recognise/index.js';
import { indexTokens } from './tokens.js';
import type { Doc, Found, Token } from './types.js';
import type { Span } from './record.js';

export interface ArticleSource {
  id: string;
  source: string;
  /** the text every offset points into (the page, or the record's text) */
  original: string;
  /** the normalised body, mapped into `original` */
  body: Mapped;
  /** headlines, each mapped into `original`, or into the record's title (field 'title') */
  headlines: { mapped: Mapped; field?: 'title' }[];
  /** bylines on lines of their own (page layout), offsets into `original` */
  reporters: Credit[];
  date: string | null;
  span: Span;
}

export interface PreparedArticle {
  src: ArticleSource;
  doc: Doc;
  /** Doc.text offset → original offset (or title offset) */
  map: Int32Array;
  /** Doc.text offset → 1 when it lies in a --jsonl title */
  inTitle: Uint8Array;
  /** where the body ends in Doc.text (headlines follow) */
  bodyEnd: number;
  found: Found[];
  /** every credited person: the source's bylines, then the credits inside the body (offsets into `original`) */
  credits: Credit[];
  hash: string;
}

/** Normalises (widths, traditional → simplified), segments and recognises one article. */
export function prepareArticle(src: ArticleSource): PreparedArticle {
  return prepareArticles([src])[0] as PreparedArticle;
}

/**
 * prepareArticle for several articles, with every article segmented before any is recognised: jieba's tag runs
 * about half again as fast on calls in a row as on calls between the recognisers' work (its dictionary stays in
 * the CPU caches). The results are those of prepareArticle on each.
 */
export function prepareArticles(srcs: readonly ArticleSource[]): PreparedArticle[] {
  const texts = srcs.map(normalise);
  // sentences longer than a sentence can be (lost punctuation) are cut into pieces once tagged
  const tagged = texts.map((t) => cutLongSentences(t.spans, segmentSpans(t.text, t.spans)));
  return srcs.map((src, n) => {
    const { text, map, inTitle, credits, surnames } = texts[n] as Normalised;
    const { spans, tokens: mine } = tagged[n] as { spans: Span[]; tokens: Token[][] };
    // (the span's two offsets copied by name: a spread of each sentence's span cost ten times as much)
    const sentences = indexTokens(text.length, spans.map((s, i) => ({ start: s.start, end: s.end, tokens: mine[i] as Token[] })));
    const bodyEnd = src.body.text.length;
    const doc: Doc = {
      text,
      sentences,
      date: src.date,
      headlines: src.headlines.map((h) => h.mapped.text),
    };
    const found = recogniseAll(doc);
    if (surnames) keepSurnames(doc, found, surnames);
    const hash = sha256Hex(src.body.text).slice(0, 16);
    const inBody = credits.map((c) => ({ ...c, start: map[c.start] as number, end: (map[c.end - 1] as number) + 1 }));
    const all = [...src.reporters, ...inBody.filter((c) => !src.reporters.some((r) => r.name === c.name))];
    return { src, doc, map, inTitle, bodyEnd, found, credits: all, hash };
  });
}

/**
 * The SHA-256 of a text, in hex: crypto.hash where node has it (20.12 on), one call instead of a Hash object made,
 * fed and read per article (about half the time); createHash before.
 */
const sha256Hex: (text: string) => string = typeof crypto.hash === 'function'
  ? (text) => crypto.hash('sha256', text, 'hex')
  : (text) => crypto.createHash('sha256').update(text).digest('hex');

interface Normalised {
  text: string;
  spans: Span[];
  map: Int32Array;
  inTitle: Uint8Array;
  /** credits inside the body, offsets into `text` */
  credits: Credit[];
  /** traditional input: the surnames simplification changed that simplified text keeps (於, 麴), by offset */
  surnames?: Map<number, string>;
}

/** The article's text (body, then headlines) normalised, its sentences, and its offset map. */
function normalise(src: ArticleSource): Normalised {
  const parts = [src.body, ...src.headlines.map((h) => h.mapped)];
  const fields = [false, ...src.headlines.map((h) => h.field === 'title')];
  let length = parts.length - 1;
  for (const p of parts) length += p.text.length;
  const map = new Int32Array(length + 1);
  const inTitle = new Uint8Array(length + 1);
  let at = 0;
  parts.forEach((p, i) => {
    const mark = fields[i] ? 1 : 0;
    if (i > 0) { map[at] = p.map[0] as number; inTitle[at++] = mark; }
    map.set(p.map.subarray(0, p.text.length), at);
    inTitle.fill(mark, at, at + p.text.length);
    at += p.text.length;
  });
  const raw = parts.map((p) => p.text).join('\n');
  const last = parts[parts.length - 1] as Mapped;
  map[at] = last.map[last.text.length] as number;
  inTitle[at] = fields[parts.length - 1] ? 1 : 0;
  let text = normaliseWidths(raw);
  let surnames: Map<number, string> | undefined;
  if (isLikelyTraditional(text)) {
    const before = text;
    text = toSimplified(text);
    surnames = changedSurnamesAt(before, text);
  }
  // credits are no part of any sentence: their names are found here, never by the recognisers
  const blocks = findCredits(text.slice(0, src.body.text.length));
  let credits = blocks.flatMap((b) => b.credits);
  // a credited name's own surname (记者 於某某), as a person's below (keepSurnames)
  if (surnames?.size) credits = credits.map((c) => surnames.has(c.start) ? { ...c, name: (surnames.get(c.start) as string) + c.name.slice(1) } : c);
  return { text, spans: withoutBlocks(text, splitSentences(text), blocks), map, inTitle, credits, ...(surnames ? { surnames } : {}) };
}

/** Sentence spans with the credit blocks cut out of them (a sentence around a block becomes its two sides). */
function withoutBlocks(text: string, spans: Span[], blocks: readonly Span[]): Span[] {
  if (blocks.length === 0) return spans;
  const out: Span[] = [];
  const push = (start: number, end: number): void => {
    while (start < end && /\s/.test(text[start] as string)) start++;
    while (end > start && /\s/.test(text[end - 1] as string)) end--;
    if (end > start) out.push({ start, end });
  };
  for (const s of spans) {
    let start = s.start;
    for (const b of blocks) {
      if (b.end <= start || b.start >= s.end) continue;
      if (b.start > start) push(start, b.start);
      start = Math.max(start, b.end);
    }
    if (start < s.end) push(start, s.end);
  }
  return out;
}

/** Doc.text span → original span (end exclusive), with the title field where it lies in a --jsonl title. */
export function locate(p: PreparedArticle, start: number, end: number): { start: number; end: number; field?: 'title' } {
  const s = p.map[start] as number;
  const e = end > start ? (p.map[end - 1] as number) + 1 : s;
  return p.inTitle[start] ? { start: s, end: e, field: 'title' } : { start: s, end: e };
}
