// Bylines on a line of their own ("□记者 李某 报道", "□本报记者 甲某 乙某 丙某", "本报记者 张某 通讯员 李某"): the
// page layout opens an article at one (layout.ts). The grammar of credits is credits.ts, which also finds them
// inside an article's body (本报讯（记者 王某）…, （融媒体记者 王某） at the end).
import { creditLine, type Credit } from './credits.js';
import { simplifiedHead } from './simplify.js';

export interface Byline {
  /** the people credited, with their credit words and offsets in the page text */
  reporters: Credit[];
}

/**
 * Parses one line's content (text starting at page offset `start`); null when it is not a byline. A line in
 * traditional characters (本報記者 甲) is read in its simplified form, of the same length: the credit words are
 * simplified, and the names are given so, as everywhere in kg.
 */
export function parseByline(text: string, start: number): Byline | null {
  const reporters = creditLine(simplifiedHead(text), start);
  return reporters ? { reporters } : null;
}
