// HTML → visible text with an offset map into the HTML source.
//
// Removed: tags, comments, <!doctype>/<?xml?>, and the contents of head, title, script, style, noscript,
// template and svg. Block tags (p, div, br, li, h1–h6, tr, section, article …) become one '\n'
// (never two in a row, none at the start). Entities are decoded (&amp; &nbsp; &#12345; &#x4e00; and
// the common named ones); every code unit of a decoded entity maps to its '&'. Whitespace runs
// collapse to one ' ' standing for the run's first character, dropped at line edges, and dropped
// between two wide (CJK) characters when the run holds a line break (a source line break inside
// Chinese text is not a space). Table cells are separated by ' '. &nbsp; stays U+00A0.
import { MappedBuilder, type Mapped } from './offset-map.js';

const BLOCK = new Set(('p div br li ul ol dl dt dd h1 h2 h3 h4 h5 h6 tr table thead tbody tfoot caption section article ' +
  'header footer main aside nav blockquote pre hr figure figcaption form fieldset address center body html').split(' '));
const CELL = new Set(['td', 'th']);
const HIDDEN = new Set(['head', 'script', 'style', 'noscript', 'template', 'svg', 'title']);

const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009',
  middot: '·', bull: '•', hellip: '…', mdash: '—', ndash: '–', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”',
  laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›', copy: '©', reg: '®', trade: '™', times: '×', divide: '÷',
  deg: '°', plusmn: '±', yen: '¥', cent: '¢', pound: '£', euro: '€', sect: '§', para: '¶', shy: '', zwsp: '\u200b',
  hyphen: '‐', minus: '−', permil: '‰', prime: '′', Prime: '″', rarr: '→', larr: '←', uarr: '↑', darr: '↓',
};
/** named entities browsers also accept without the ';' */
const LEGACY = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg']);

const TAG_PATTERN = /<\/?(?:p|div|br|span|a|b|i|h[1-6]|li|ul|ol|table|tr|td|th|article|section|body|head|meta|title|script|style|strong|em|img|font|link)\b[^<>]*>/gi;

/** Whether `text` is HTML: a doctype or <html> at the start, or at least two common tags early on. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 65536);
  if (/^\uFEFF?\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i.test(head)) return true;
  const tags = head.match(TAG_PATTERN);
  return tags !== null && tags.length >= 2;
}

/** Visible text of an HTML document; map[i] is the source index of output code unit i. */
export function stripHtml(html: string): Mapped {
  const out = new MappedBuilder(html, html.length);
  let last = ''; // last emitted code unit
  let space = -1; // source index of a pending whitespace run
  let soft = false; // the pending run holds a line break: no space between two wide characters
  let brk = -1; // source index of a pending line break (emitted before the next visible character)
  const emit = (ch: string, at: number, keep: boolean): void => {
    if (ch === '') return;
    if (brk >= 0) {
      out.put('\n', brk);
      last = '\n';
    } else if (space >= 0 && last !== '' && !(soft && isWide(last) && isWide(ch))) out.put(' ', space);
    space = -1;
    soft = false;
    brk = -1;
    if (keep) out.keep(at, at + ch.length);
    else out.put(ch, at);
    last = ch[ch.length - 1] as string;
  };
  const lineBreak = (at: number): void => {
    if (brk < 0 && last !== '' && last !== '\n') brk = at;
  };
  let i = 0;
  while (i < html.length) {
    const c = html[i] as string;
    if (c === '<') {
      const tag = readTag(html, i);
      if (tag !== null) {
        if (BLOCK.has(tag.name)) lineBreak(i);
        else if (CELL.has(tag.name)) [space, soft] = [space < 0 ? i : space, false];
        i = tag.hidden ? skipHidden(html, tag) : tag.end;
        continue;
      }
    } else if (c === '&') {
      const ent = readEntity(html, i);
      if (ent !== null) {
        emit(ent.text, i, false);
        i = ent.end;
        continue;
      }
    } else if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f') {
      if (space < 0) [space, soft] = [i, false];
      if (c === '\n' || c === '\r') soft = true;
      i++;
      continue;
    }
    emit(c, i, true);
    i++;
  }
  return out.build(html.length);
}

/** The document's <title>, else its first <h1>, as plain text (whitespace collapsed); null if none. */
export function htmlTitle(html: string): string | null {
  for (const re of [/<title\b[^>]*>([\s\S]*?)<\/title\s*>/i, /<h1\b[^>]*>([\s\S]*?)<\/h1\s*>/i]) {
    const m = re.exec(html);
    if (m === null) continue;
    const text = stripHtml(m[1] ?? '').text.replace(/\s+/g, ' ').trim();
    if (text !== '') return text;
  }
  return null;
}

interface Tag {
  name: string;
  /** index just after the tag's '>' */
  end: number;
  /** an opening tag whose contents are not visible */
  hidden: boolean;
}

/** A tag, comment, doctype or processing instruction at `at`, or null when '<' is plain text. */
function readTag(s: string, at: number): Tag | null {
  if (s.startsWith('<!--', at)) return { name: '!--', end: endOf(s, '-->', at + 4), hidden: false };
  if (s.startsWith('<![CDATA[', at)) return { name: '!cdata', end: endOf(s, ']]>', at + 9), hidden: false };
  const m = /^<(\/?)([A-Za-z][A-Za-z0-9:-]*)|^<[!?]/.exec(s.slice(at, at + 64));
  if (m === null) return null;
  const end = tagEnd(s, at + m[0].length);
  const name = (m[2] ?? '!').toLowerCase();
  const selfClosing = s[end - 2] === '/';
  return { name, end, hidden: m[1] === '' && HIDDEN.has(name) && !selfClosing };
}

/** Index after the '>' closing a tag, skipping quoted attribute values. */
function tagEnd(s: string, from: number): number {
  let quote = '';
  for (let i = from; i < s.length; i++) {
    const c = s[i];
    if (quote !== '') {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i + 1;
  }
  return s.length;
}

/** Index after the closing tag of a hidden element (an unclosed <head> ends where <body> starts). */
function skipHidden(s: string, tag: Tag): number {
  const close = new RegExp(`</${tag.name}\\s*>`, 'ig');
  close.lastIndex = tag.end;
  const m = close.exec(s);
  if (m !== null) return m.index + m[0].length;
  if (tag.name === 'head') {
    const body = s.slice(tag.end).search(/<body[\s>]/i);
    return body >= 0 ? tag.end + body : tag.end;
  }
  return s.length;
}

function endOf(s: string, marker: string, from: number): number {
  const k = s.indexOf(marker, from);
  return k < 0 ? s.length : k + marker.length;
}

/** A character reference at `at`: its text and the index after it; null when it is not one. */
function readEntity(s: string, at: number): { text: string; end: number } | null {
  const m = /^&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}))(;?)/.exec(s.slice(at, at + 40));
  if (m === null) return null;
  const end = at + m[0].length;
  if (m[3] !== undefined) {
    const text = NAMED[m[3]];
    if (text === undefined || (m[4] === '' && !LEGACY.has(m[3]))) return null;
    return { text, end };
  }
  const cp = m[1] !== undefined ? Number(m[1]) : parseInt(m[2] ?? '', 16);
  const valid = cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff);
  return { text: valid ? String.fromCodePoint(cp) : '\uFFFD', end };
}

/** CJK ideographs, kana, CJK and full-width punctuation: no space between two of them. */
function isWide(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef) || (c >= 0xd800 && c <= 0xdfff);
}
