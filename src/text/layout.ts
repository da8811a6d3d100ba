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
  /** printed right before its article's byline or first paragraph, with no blank line: it is the next article's */
  next?: boolean;
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

/**
 * A paragraph ends with its sentence, the closing bracket of a credit (…（记者 甲 通讯员 乙）), a photo credit (甲 摄)
 * or a notice's signature (中共某县委组织部　2025年4月23日: a space, then the date, ends the line).
 */
function endsParagraph(text: string): boolean {
  return endsSentence(text) || /[）)]$|[\s\u3000]摄$/.test(text) || SIGNATURE.test(text);
}

/** A notice's signature: a space, then the date, ends the line. Nothing after it is the notice's. */
const SIGNATURE = /[\s\u3000][0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日$/;

/** A page's running header: its page number, or a weekday next to the date */
const PAGE_HEADER = /第\s*[0-9０-９一二三四五六七八九十]+\s*版|星期[一二三四五六日天]|周[一二三四五六日]\s*$/;

/** The first words of a lead paragraph: a date or a time word (11月18日下午，…; 近日，…; 昨天，…). */
const LEAD = /^[\s\u3000]*(?:(?:[0-9０-９一二三四五六七八九十]{1,3}月)?[0-9０-９一二三四五六七八九十]{1,3}日(?:上午|下午|晚|，|,|（|\(|至)|本周[一二三四五六日]|[0-9０-９]{4}年|近日|日前|近期|昨日|昨天|今天|今日|当天|前不久)/;

/**
 * An item of a brief column (■9月24日，副县长某某主持召开…。（甲）): a bullet, then a lead's date or time word. Each item
 * is an article of its own. (▲ marks a photo's caption, never an item.)
 */
const BRIEF_ITEM = /^[■●◆◇○]/;
function isBriefItem(text: string): boolean {
  return BRIEF_ITEM.test(text) && LEAD.test(text.slice(1));
}

/** The end of the run of unindented lines from i up to a blank line, a byline, an indented line or a brief item. */
function runEnd(lines: readonly Line[], i: number, indented: boolean, most = Infinity): number {
  let j = i;
  while (j < lines.length && j - i < most && (lines[j] as Line).text.length > 0 && !parseByline((lines[j] as Line).text, 0) &&
    !(indented && (lines[j] as Line).indent >= 2 && j > i) && !(j > i && isBriefItem((lines[j] as Line).text))) j++;
  return j;
}

/**
 * What may follow a headline printed before its body on a page without blank lines: its byline, a paragraph indented
 * that opens with a lead's date or time word or a dateline, or a brief column's first item (县政协召开某某协商会 | 　　9月25日，…).
 */
function opensBody(line: Line | undefined): boolean {
  if (!line || line.text.length === 0) return false;
  if (isBriefItem(line.text) || parseByline(line.text, 0)) return true;
  return line.indent >= 2 && (LEAD.test(line.text) || isDateline(line.text.trim()));
}

/**
 * lines[i], a line of credits, closes the open article's body: it follows a body line that ends its paragraph (no
 * blank line or headline between) and the page's end or a blank line follows it. Credits so placed are the article's
 * own; credits with the next article's body right under them open that article (a byline printed before its body).
 */
function closesBody(lines: readonly Line[], i: number, c: PageArticle, apart: boolean): boolean {
  const last = c.lines[c.lines.length - 1];
  if (apart || !last || !endsParagraph(last.text)) return false;
  const next = lines[i + 1];
  if (next === undefined || next.text.length === 0) return true;
  // (…or the body's own headline, printed after it, before the blank: …（记者 甲）| 某某书画展开展 | blank)
  const j = runEnd(lines, i + 1, true, HEADLINE_MAX_LINES + 1);
  return (j >= lines.length || (lines[j] as Line).text.length === 0) && (lines[i + 1] as Line).indent < 2 && looksLikeHeadline(lines.slice(i + 1, j));
}

/** A line all in brackets: the article's writers (（甲 乙）) or an editor's note, never a headline. */
const BRACKETED = /^[（(][^（）()]*[）)]$/;

function looksLikeHeadline(lines: Line[]): boolean {
  if (lines.length === 0 || lines.length > HEADLINE_MAX_LINES) return false;
  if (lines.some((l) => BRACKETED.test(l.text.trim()))) return false;
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
  // a headline block was met since the last body line
  let sinceHeadline = false;
  // the lines of the last headline block met since the last body line
  let headlineLines = 0;
  // that block stands between blank lines and a body: a blank line before it, the body's first paragraph right under it
  let headlineApart = false;
  let i = 0;
  const open = (byline: Byline | null): PageArticle => {
    cur = { byline, lines: [], headlines: [] };
    articles.push(cur);
    return cur;
  };
  while (i < lines.length) {
    const line = lines[i] as Line;
    if (line.text.length === 0) { afterBlank = true; i++; continue; }
    // the page's running header before its first article (某某报 2025年1月10日 星期五 第2版 要闻 责任编辑：甲 美术编辑：乙)
    // is no article, and the page's editors named in it wrote none of them
    if (!cur && headlines.length === 0 && PAGE_HEADER.test(line.text) && !isDateline(line.text)) { afterBlank = true; i++; continue; }
    const byline = parseByline(line.text, line.start);
    if (byline) {
      const c = cur as PageArticle | null;
      // (a second line of credits before any body line is the same byline's: 本报记者 甲 / 本报通讯员 乙)
      // (…and a line of credits right under a finished body, with a blank line or the page's end after it, closes that
      // body: …参加会议。| 本报记者 甲 通讯员 乙 | blank — the next article begins after the blank)
      if (c && (c.lines.length === 0 || closesBody(lines, i, c, afterBlank || sinceHeadline))) c.byline = c.byline ? { reporters: [...c.byline.reporters, ...byline.reporters] } : byline;
      else open(byline);
      afterBlank = false; i++; continue;
    }
    const c = cur as PageArticle | null;
    if (isDateline(line.text)) {
      if (!c || c.lines.length > 0) open(null);
      (cur as unknown as PageArticle).lines.push(line);
      sinceHeadline = false;
      afterBlank = false; i++; continue;
    }
    // an item of a brief column after a finished paragraph opens an article of its own
    if (isBriefItem(line.text) && c && c.lines.length > 0 && endsParagraph((c.lines[c.lines.length - 1] as Line).text)) {
      open(null).lines.push(line);
      sinceHeadline = false; headlineLines = 0;
      afterBlank = false; i++; continue;
    }
    const startsParagraph = indented && line.indent >= 2;
    const last = c?.lines[c.lines.length - 1];
    const continues = c && last && !endsParagraph(last.text) && !startsParagraph;
    // on an indented page, unindented short lines right after a finished paragraph and up to a blank line are a
    // headline printed after its body (…固定接待日。| 人大代表联络站 | “家门口”听民声 | blank)
    if (!afterBlank && indented && !startsParagraph && c && last && endsParagraph(last.text)) {
      // (a headline has at most HEADLINE_MAX_LINES lines: the run is looked at no further than one more)
      const j = runEnd(lines, i, indented, HEADLINE_MAX_LINES + 1);
      const run = lines.slice(i, j);
      // …or up to the next article's body, when the page prints no blank line between articles (a headline before it)
      const before = opensBody(lines[j]);
      if ((j >= lines.length || (lines[j] as Line).text.length === 0 || before) && looksLikeHeadline(run)) {
        // (a brief column's name, 简讯, before its first item is no item's headline)
        if (!isBriefItem((lines[j] as Line | undefined)?.text ?? '')) headlines.push({ lines: run, after: articles.length - 1, ...(before ? { next: true } : {}) });
        sinceHeadline = true;
        headlineLines = run.length;
        headlineApart = false;
        i = j; continue;
      }
    }
    // a lead paragraph (a date first) after a headline block, once the open article has ended its sentence, opens
    // the next article: a page runs bodies and their headlines one after another without datelines
    // and so does one after a blank line (an article whose headline is printed after its body follows another)
    // (a block of two lines or more, kicker and title, opens one whatever its first words: a feature story)
    // (so does a headline of one line set apart by a blank line above it and with the paragraph right under it: 上一篇…。|
    // blank | 北寮首座长照中心启用 | 　　北寮乡…昨日举行…; and a paragraph after a blank line under a notice's signature)
    if (startsParagraph && (sinceHeadline || afterBlank) && c && last && endsParagraph(last.text) && (LEAD.test(line.text) || headlineLines >= 2 || (sinceHeadline && headlineApart && !afterBlank) || (afterBlank && SIGNATURE.test(last.text)))) open(null);
    // on an indented page, unindented lines under a headline after a finished body are a box of their own (a list
    // of a presidium's members, a 会议日程): no part of the body before
    else if (indented && !startsParagraph && sinceHeadline && c && last && endsParagraph(last.text)) open(null);
    if (afterBlank && !continues) {
      // a run of unindented lines up to the next blank line: headline or (unindented page) paragraph
      const j = runEnd(lines, i, indented);
      const run = lines.slice(i, j);
      if (!startsParagraph && looksLikeHeadline(run)) {
        // the page's own header (某某日报 2025年11月20日 星期四 第3版) is no article's headline
        if (!run.some((l) => PAGE_HEADER.test(l.text))) headlines.push({ lines: run, after: articles.length - 1 });
        sinceHeadline = true;
        headlineLines = run.length;
        headlineApart = true;
        i = j; afterBlank = false; continue;
      }
      // on an indented page, a longer run of unindented lines after a blank line is a box (a presidium's list, a
      // 会议日程): an article of its own, not the end of the body before it
      if (indented && !startsParagraph && c && c.lines.length > 0) {
        open(null).lines.push(...run);
        sinceHeadline = false; headlineLines = 0;
        i = j; afterBlank = false; continue;
      }
    }
    ((cur as PageArticle | null) ?? open(null)).lines.push(line);
    sinceHeadline = false;
    headlineLines = 0;
    afterBlank = false; i++;
  }
  // (an article opened and left empty is dropped: the blocks' indices are counted among the articles kept)
  const kept = articles.map((a) => a.lines.length > 0 || a.byline !== null);
  const keptUpTo: number[] = [];
  kept.reduce((n, k, i) => (keptUpTo[i] = n + (k ? 1 : 0)), 0);
  return { articles: articles.filter((_, i) => kept[i]), headlines: headlines.map((h) => (h.after < 0 ? h : { ...h, after: (keptUpTo[h.after] as number) - 1 })) };
}
