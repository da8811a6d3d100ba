// A page as lines: where each line's content starts and ends, and how it is indented.

export interface Line {
  /** index of the line in the page */
  index: number;
  /** offsets of the content (leading/trailing whitespace excluded) in the page text */
  start: number;
  end: number;
  /** leading whitespace, in characters (a full-width space counts 2) */
  indent: number;
  /** the content */
  text: string;
}

const SPACE = /[ \t\u3000\u00a0\u2002\u2003\u200b\ufeff]/;

export function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && SPACE.test(ch);
}

/** Splits text into lines (\n, \r\n or \r). */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let at = 0;
  let index = 0;
  while (at <= text.length) {
    let nl = at;
    while (nl < text.length && text[nl] !== '\n' && text[nl] !== '\r') nl++;
    let s = at;
    let indent = 0;
    while (s < nl && isSpace(text[s])) {
      indent += text[s] === '\u3000' ? 2 : 1;
      s++;
    }
    let e = nl;
    while (e > s && isSpace(text[e - 1])) e--;
    lines.push({ index: index++, start: s, end: e, indent, text: text.slice(s, e) });
    if (nl >= text.length) break;
    at = text[nl] === '\r' && text[nl + 1] === '\n' ? nl + 2 : nl + 1;
  }
  return lines;
}

/** Characters that close a sentence; a line ending in one (optionally followed by closing quotes) ends a paragraph. */
const TERMINAL = /[。！？!?；;…][”’」』）)\]】]*$/;

export function endsSentence(text: string): boolean {
  return TERMINAL.test(text);
}
