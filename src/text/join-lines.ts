// Normalisation of an article's lines into one text with an offset map into the page:
// lines wrapped mid-word are joined back (a name split over two lines is whole again), a line that ends a
// sentence or a line followed by an indented one keeps a paragraph break ('\n'), letter-spaced runs
// ("现 代 化") lose their spaces, and other whitespace runs become one space.
import { endsSentence, type Line } from './lines.js';
import { creditLine, opensWithField } from './credits.js';
import { meetingFieldAt } from './meeting-fields.js';
import { MappedBuilder, type Mapped } from './offset-map.js';
import { inClass, unitClass } from './unit-class.js';

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const ALNUM = /[0-9A-Za-z]/;
const WS = /[\s\u3000\u00a0]/;
/** WS by code unit: collapseSpaces reads every character of the text */
const WS_UNITS = unitClass(WS);
const WORDISH = /[\u3400-\u9fff\uf900-\ufaff0-9A-Za-z]/;
/** The label of a field that web portals print on a line of its own: 来源：, 作者：, 编辑：, 责任编辑：, 发布时间： … */
const FIELD = /^(?:来源|作者|编辑|责任编辑|校对|审核|审校|终审|监制|发布时间|发布日期|稿源|出处)[：:]/;

/** A line that opens with a short label and a colon and lists its items with 、 (获奖名单 lines, rolls of honour). */
const LABELLED_LIST = /^[\u4e00-\u9fff]{2,8}[：:][^。；]*、/;

/** Joins lines (content ranges of `page`) into one normalised text mapped to page offsets. */
export function joinLines(page: string, lines: readonly Line[]): Mapped {
  let expected = lines.length;
  for (const line of lines) expected += line.end - line.start;
  const b = new MappedBuilder(page, expected);
  let prev: Line | undefined;
  for (const line of lines) {
    if (prev) {
      // a field of a web portal's page (来源：…, 编辑：…) or a credit (文/甲 图/乙) is a line of its own
      const paragraph = endsSentence(prev.text) || (line.indent >= 2 && prev.indent < line.indent + 8) ||
        FIELD.test(prev.text) || FIELD.test(line.text) || opensWithField(prev.text) || opensWithField(line.text) || creditLine(prev.text, 0) !== null ||
        // (…and a field of a meeting's minutes: 主持人：甲 / 出席人员：乙、丙, meeting-fields.ts)
        meetingFieldAt(prev.text) !== null || meetingFieldAt(line.text) !== null ||
        // (…and a labelled list, 诗歌奖：《某》（甲）、《某》（乙）: a winners' or a roll's line, not a wrapped one)
        LABELLED_LIST.test(prev.text);
      const a = page[prev.end - 1] ?? '';
      const c = page[line.start] ?? '';
      if (paragraph) b.put('\n', prev.end);
      else if (ALNUM.test(a) && ALNUM.test(c)) b.put(' ', prev.end);
    }
    collapseSpaces(page, line.start, line.end, b);
    prev = line;
  }
  return b.build(prev ? prev.end : 0);
}

/** Copies page[start, end), dropping letter-spacing between single Han characters and folding other runs to one space. */
function collapseSpaces(page: string, start: number, end: number, b: MappedBuilder): void {
  let i = start;
  while (i < end) {
    let j = i;
    // a run of other characters, kept as one range (the builder would join them one by one)
    while (j < end && !inClass(WS_UNITS, page, j)) j++;
    if (j > i) { b.keep(i, j); i = j; continue; }
    while (j < end && inClass(WS_UNITS, page, j)) j++;
    if (!letterSpaced(page, i, j, start, end)) b.put(' ', i);
    i = j;
  }
}

/** A single space between two Han characters that are themselves spaced out from their neighbours: "现 代 化". */
function letterSpaced(page: string, i: number, j: number, start: number, end: number): boolean {
  if (j - i > 2) return false;
  const left = page[i - 1] ?? '';
  const right = page[j] ?? '';
  if (!HAN.test(left) || !HAN.test(right)) return false;
  // both chars stand alone: nothing but spaces, punctuation or the line's edge beside them ("王 娟、", "现 代 化")
  const leftAlone = i - 1 === start || !WORDISH.test(page[i - 2] ?? '');
  const rightAlone = j + 1 >= end || !WORDISH.test(page[j + 1] ?? '');
  return leftAlone && rightAlone;
}
