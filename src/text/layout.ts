// Page layout: a newspaper page (text cut from a PDF or OCR) → its articles.
// A byline (□记者 X 报道) with the dateline after it (本报讯 …) opens ONE article; a dateline without a byline
// opens one too. Indented lines start paragraphs; an unindented line after a blank line continues the paragraph
// when that paragraph has not ended its sentence (a column break); otherwise a short run of unindented lines
// is a headline block, attached to its article later by content (headline-attach.ts).
import { parseByline, type Byline } from './byline.js';
import { endsSentence, splitLines, type Line } from './lines.js';

export interface HeadlineBlock {
  lines: Line[];
  /** index of the article that was open when the block was met (-1 before the first) */
  after: number;
}

export interface PageArticle {
  byline: Byline | null;
  /** body lines in page order (byline excluded) */
  lines: Line[];
  headlines: HeadlineBlock[];
}

const DATELINE = /^(?:本报|本刊|本台|新华社|人民网|央视网|中新社|新华网)[^，。\s]{0,20}?(?:讯|电)/;
const HEADLINE_MAX_LINE = 40;
const HEADLINE_MAX_LINES = 4;

export function isDateline(text: string): boolean {
  return DATELINE.test(text);
}

function looksLikeHeadline(lines: Line[]): boolean {
  if (lines.length === 0 || lines.length > HEADLINE_MAX_LINES) return false;
  return lines.every((l) => l.text.length <= HEADLINE_MAX_LINE && !/[，。；！？]/.test(l.text.slice(0, -1)) && !endsSentence(l.text));
}

/** Splits a page into articles. Headline blocks are returned unattached (see attachHeadlines). */
export function layoutPage(text: string): { articles: PageArticle[]; headlines: HeadlineBlock[] } {
  const lines = splitLines(text);
  const articles: PageArticle[] = [];
  const headlines: HeadlineBlock[] = [];
  const indented = lines.some((l) => l.indent >= 2 && l.text.length > 0);
  let cur: PageArticle | null = null;
  let afterBlank = true;
  let i = 0;
  const open = (byline: Byline | null): PageArticle => {
    cur = { byline, lines: [], headlines: [] };
    articles.push(cur);
    return cur;
  };
  while (i < lines.length) {
    const line = lines[i] as Line;
    if (line.text.length === 0) { afterBlank = true; i++; continue; }
    const byline = parseByline(line.text, line.start);
    if (byline) {
      if (cur && (cur as PageArticle).lines.length === 0 && !(cur as PageArticle).byline) (cur as PageArticle).byline = byline;
      else open(byline);
      afterBlank = false; i++; continue;
    }
    const c = cur as PageArticle | null;
    if (isDateline(line.text)) {
      if (!c || c.lines.length > 0) open(null);
      (cur as unknown as PageArticle).lines.push(line);
      afterBlank = false; i++; continue;
    }
    const startsParagraph = indented && line.indent >= 2;
    const last = c?.lines[c.lines.length - 1];
    const continues = c && last && !endsSentence(last.text) && !startsParagraph;
    if (afterBlank && !continues) {
      // a run of unindented lines up to the next blank line: headline or (unindented page) paragraph
      let j = i;
      while (j < lines.length && (lines[j] as Line).text.length > 0 && !parseByline((lines[j] as Line).text, 0) &&
        !(indented && (lines[j] as Line).indent >= 2 && j > i)) j++;
      const run = lines.slice(i, j);
      if (!startsParagraph && looksLikeHeadline(run)) {
        headlines.push({ lines: run, after: articles.length - 1 });
        i = j; afterBlank = false; continue;
      }
    }
    (c ?? open(null)).lines.push(line);
    afterBlank = false; i++;
  }
  return { articles: articles.filter((a) => a.lines.length > 0 || a.byline), headlines };
}
