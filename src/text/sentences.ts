// Sentences of a normalised text: they end at 。！？；!?; (with any closing quotes after) and at line breaks.
import type { Span } from '../extract/record.js';
import { inClass, unitsOf } from './unit-class.js';

// (tables by code unit: every character of the text is read, and a table read is cheaper than a Set's look-up)
const END = unitsOf('。！？!?；;\n');
const CLOSE = unitsOf('”’」』）)】"');
const NEWLINE = 10;

export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] as string)) s++;
    while (e > s && /\s/.test(text[e - 1] as string)) e--;
    if (e > s) out.push({ start: s, end: e });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (END[ch] !== 1) continue;
    let e = i + 1;
    if (ch !== NEWLINE) while (e < text.length && inClass(CLOSE, text, e)) e++;
    // 。” followed by text that continues the sentence (”他说) still ends here: quotes close statements
    push(e);
    i = e - 1;
  }
  push(text.length);
  return out;
}
