// A page (a file's text) or a --jsonl record → ArticleRecords.
import { attachHeadlines } from '../text/headline-attach.js';
import { joinLines } from '../text/join-lines.js';
import { layoutPage, isDateline } from '../text/layout.js';
import { splitLines, type Line } from '../text/lines.js';
import { parseByline, type Byline } from '../text/byline.js';
import type { Credit } from '../text/credits.js';
import { compose, identity, type Mapped } from '../text/offset-map.js';
import { datelineDate, mostFrequentYear } from './dates.js';
import { prepareArticles, type ArticleSource, type PreparedArticle } from './article.js';
import { buildRecord, type PageContext } from './build-record.js';
import type { ArticleRecord } from './record.js';
import { pageRegion } from './region.js';

export interface PageOptions {
  /** the source name (file path as given); record ids are `<source>#<n>` */
  source: string;
  /** --date: the page's date */
  date?: string | null;
  /** when the page text came out of an HTML stripper: maps the text into the original HTML */
  mapped?: Mapped;
  /** the original the offsets point into (the HTML), when `mapped` is given */
  original?: string;
}

/** Splits a page into its articles and extracts each. Offsets point into the page's original text. */
export function extractPage(text: string, opts: PageOptions): ArticleRecord[] {
  const base = opts.mapped; // (none: the text is its own source, and throughSource leaves a map as it is)
  const { articles, headlines } = layoutPage(text);
  const pageYear = mostFrequentYear(text);
  const bodies = articles.map((a) => joinLines(text, a.lines));
  const heads = headlines.map((h) => ({ mapped: joinLines(text, h.lines.map((l) => ({ ...l, indent: 0 }))), after: h.after, next: h.next === true }));
  const owner = attachHeadlines(heads.map((h) => ({ text: h.mapped.text, after: h.after, next: h.next })), bodies.map((b) => b.text));
  // each article's headlines in page order, gathered once (not all headlines filtered per article)
  const headsOf = articles.map((): typeof heads => []);
  heads.forEach((h, k) => headsOf[owner[k] as number]?.push(h));
  const sources: ArticleSource[] = articles.map((a, i) => {
    const body = bodies[i] as Mapped;
    const first = a.lines[0];
    const dateline = first && isDateline(first.text) ? datelineDate(first.text, { articleDate: opts.date ?? null, pageYear }) : null;
    // a byline inside the body (本报讯（记者 X）, （融媒体记者 X） at the end) is found with the body's credits (article.ts)
    const byline = a.byline;
    // a loop, not Math.min(...lines): an article of a few hundred thousand lines is more than a call's arguments
    let start = Infinity;
    let end = -Infinity;
    for (const x of [...a.lines, ...(byline?.reporters ?? [])]) {
      start = Math.min(start, x.start);
      end = Math.max(end, x.end);
    }
    const src: ArticleSource = {
      id: `${opts.source}#${i + 1}`,
      source: opts.source,
      original: opts.original ?? text,
      body: throughSource(base, body),
      headlines: (headsOf[i] ?? []).map((h) => ({ mapped: throughSource(base, h.mapped) })),
      reporters: (byline?.reporters ?? []).map((r) => ({ ...r, ...mapSpan(base, r.start, r.end) })),
      date: dateline ?? opts.date ?? null,
      span: mapSpan(base, start, end),
    };
    return src;
  });
  const prepared: PreparedArticle[] = prepareArticles(sources);
  const page: PageContext = { region: pageRegion(prepared), pageYear };
  return prepared.map((p) => buildRecord(p, page));
}

export interface RecordInput {
  id: string;
  text: string;
  title?: string;
  date?: string;
  source?: string;
  mapped?: Mapped;
  original?: string;
}

/** A --jsonl record is one article, never split; its title is its headline (mentions there carry field 'title'). */
export function extractRecord(input: RecordInput, opts: { date?: string | null } = {}): ArticleRecord {
  return extractRecords([input], opts)[0] as ArticleRecord;
}

/** extractRecord on each input, the articles segmented together before any is recognised (prepareArticles). */
export function extractRecords(inputs: readonly RecordInput[], opts: { date?: string | null } = {}): ArticleRecord[] {
  const sources = inputs.map((input) => recordSource(input, opts));
  const prepared = prepareArticles(sources.map((s) => s.src));
  return prepared.map((p, i) => buildRecord(p, { region: pageRegion([p]), pageYear: (sources[i] as { pageYear: number | null }).pageYear }));
}

/** A sub-head: a line that opens with a dash (——某院在某县巡回审理一起纠纷案). */
const SUB_HEAD = /^[\s\u3000]*(?:——|—|--)/;

/** How many lines of credits a record may open with (本报记者 甲 / 本报通讯员 乙 / 摄影 丙). */
const BYLINE_LINES = 3;
/** How many head lines (a headline, a label, a sub-head) may stand before them. */
const HEAD_LINES = 2;
/** The longest head line, and what ends a sentence: a line with either is body. */
const HEAD_MAX = 40;
const SENTENCE_END = /[。！？!?]/;

/** How many lines open the record before its byline lines: head lines right before a byline, or a sub-head; else 0.
 * `bylineOf(k)` is the k-th line read as a byline (read once: the record's loop reads the same lines). */
function headLines(all: readonly Line[], bylineOf: (k: number) => Byline | null): number {
  for (let k = 0; k <= Math.min(all.length - 1, HEAD_LINES); k++) {
    if (bylineOf(k)) return k;
    const line = all[k] as Line;
    if (line.text.length > HEAD_MAX || SENTENCE_END.test(line.text)) break;
  }
  return subHead(all);
}

/** 1 when the record opens with a sub-head (——某某), which stays the body's first line; else 0. */
function subHead(all: readonly Line[]): number {
  return all[0] !== undefined && SUB_HEAD.test(all[0].text) ? 1 : 0;
}

function recordSource(input: RecordInput, opts: { date?: string | null }): { src: ArticleSource; pageYear: number | null } {
  const base = input.mapped;
  const all = splitLines(input.text).filter((l) => l.text.length > 0);
  // a record may still carry its byline on lines of its own (□记者 X 报道; 本报记者 X, then 本报通讯员 Y on the next
  // line); credits inside the body (本报讯（记者 X）…) are found with the body (article.ts)
  const reporters: Credit[] = [];
  // (…after the head lines a record may open with — a sub-head, ——某某, a column's label, 【某某特别报道】, a feature's
  // headline and its sub-head — which stay the body's first lines)
  const read: (Byline | null)[] = [];
  const bylineOf = (k: number): Byline | null => {
    const line = all[k];
    if (read[k] === undefined) read[k] = line ? parseByline(line.text, line.start) : null;
    return read[k] as Byline | null;
  };
  const sub = headLines(all, bylineOf);
  let first = sub;
  for (; first < Math.min(all.length, sub + BYLINE_LINES); first++) {
    const byline = bylineOf(first);
    if (!byline) break;
    reporters.push(...byline.reporters);
  }
  const lines = first > sub ? [...all.slice(0, sub), ...all.slice(first)] : all;
  const body = throughSource(base, joinLines(input.text, lines));
  const title = input.title?.trim();
  const pageYear = mostFrequentYear(input.text);
  const src: ArticleSource = {
    id: input.id,
    source: input.source ?? input.id,
    original: input.original ?? input.text,
    body,
    headlines: title ? [{ mapped: identity(input.title as string), field: 'title' as const }] : [],
    reporters: reporters.map((r) => ({ ...r, ...mapSpan(base, r.start, r.end) })),
    date: input.date ?? opts.date ?? null,
    span: { start: 0, end: input.text.length },
  };
  return { src, pageYear };
}

/**
 * A map into the text, made a map into its source (`base`: the HTML the text was stripped from). A text that is its
 * own source has no base, and its maps are used as they are: composing with the identity was a copy of each.
 */
function throughSource(base: Mapped | undefined, m: Mapped): Mapped {
  return base ? compose(base, m) : m;
}

/** A span of the text → its span in the source (mapSpan through the identity, where the text is its own source). */
function mapSpan(m: Mapped | undefined, start: number, end: number): { start: number; end: number } {
  if (!m) return { start, end: end > start ? end : start };
  return { start: m.map[start] as number, end: end > start ? (m.map[end - 1] as number) + 1 : (m.map[start] as number) };
}
