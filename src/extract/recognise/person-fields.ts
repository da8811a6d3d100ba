// person.field-list: the people a meeting's minutes list in a field (出席人员：甲、乙 / 列席人员：县发改局丙，某乡丁 /
// 请假人员：戊（带队招商）; text/meeting-fields.ts). The field says its items are people: each item is a name, or a
// unit and a name (县财政局何必成), whatever words the names are (水清, 丁香, 黎明 — which no reading elsewhere may
// take for names without a cue).
import type { Doc, Found, Recogniser } from '../types.js';
import { knowledge } from './knowledge.js';
import { listsPeople, meetingFields } from '../../text/meeting-fields.js';

/** what separates the items of a field's list */
const ITEM_BREAK = /[、，,；;\s\u3000]/;

export const recognisePersonFields: Recogniser = (doc: Doc): Found[] => {
  const out: Found[] = [];
  const { text } = doc;
  for (const f of meetingFields(text)) {
    if (!listsPeople(f.role)) continue;
    for (let at = f.valueStart; at < f.end;) {
      while (at < f.end && ITEM_BREAK.test(text[at] as string)) at++;
      let end = at;
      while (end < f.end && !ITEM_BREAK.test(text[end] as string)) end++;
      // (a note in brackets after the name is no part of it: 戊（带队招商）)
      const bracket = text.indexOf('（', at);
      const itemEnd = bracket >= 0 && bracket < end ? bracket : end;
      const name = nameOfItem(text, at, itemEnd);
      if (name !== null) out.push({ type: 'person', start: name, end: itemEnd, text: text.slice(name, itemEnd), rule: 'person.field-list', strong: true });
      at = Math.max(end, at + 1);
    }
  }
  return out;
};

/** Where the name of a list's item [start, end) begins: the whole item, or after the unit before it; null for none. */
function nameOfItem(text: string, start: number, end: number): number | null {
  const k = knowledge();
  if (!/^[\u4e00-\u9fff·]+$/.test(text.slice(start, end))) return null;
  if (end - start >= 2 && end - start <= 4 && k.surnames.startsAt(text, start) && !k.titles.has(text.slice(start, end))) return start;
  // a unit and a name (县发改局万小川, 杉木乡敖春生): the unit ends in a body's or a division's suffix
  for (let from = end - 2; from >= Math.max(start + 2, end - 4); from--) {
    if (!k.surnames.startsAt(text, from)) continue;
    const unit = k.orgSuffixes.longestSuffixEndingAt(text, from, start);
    const level = k.placeSuffixes.has(text[from - 1] as string);
    if (unit !== null || level) return from;
  }
  return null;
}
