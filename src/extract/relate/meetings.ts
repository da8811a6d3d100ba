// Meetings: a meeting-kind word (会议, 务虚会, 全会, 启动仪式 …) and the name written before it, reaching left over
// quoted titles (“…”), bracketed parts (（区委）), numbers and nouns, up to a clause break or a verb that
// introduces a meeting (召开, 举行, 出席 …). A bare kind (会议, 此次务虚会) refers back to a named meeting.
import { findDates, type DateContext } from '../dates.js';
import type { Found } from '../types.js';
import { foundEndingAt, sentenceAt, type RelateContext } from './context.js';
import { meetingKinds } from './words.js';

export interface FoundMeeting {
  name: string;
  kind: string;
  start: number;
  end: number;
  /** every mention (the named one first, then references) */
  mentions: { start: number; end: number }[];
  reported: boolean;
  startDate: string | null;
  endDate: string | null;
  organizer: Found | null;
  place: Found | null;
  evidence: { start: number; end: number };
  rule: string;
}

const STOP_BEFORE = ['主持召开', '召开', '举行', '举办', '主持', '出席', '参加', '列席', '开展', '组织', '部署', '贯彻', '学习', '传达', '在', '于', '是', '为', '和', '与', '及', '的', '了', '由', '将', '到', '参与', '出台', '通过', '围绕'];
const DEICTIC = /^(?:此次|这次|本次|该次|那次|今年的|今天的|这个|此|该|本|上述)/;
const BREAK = /[，,。；;：:！？!?、\n《》]/;
const MAX_NAME = 40;
const TAKES_PLACE_AFTER = /^(?:在[^，。；]{1,20})?(?:召开|举行|举办|开幕|闭幕|隆重召开|顺利召开|胜利召开)/;
const TAKES_PLACE_BEFORE = /(?:召开|举行|举办|主持召开|主持|出席|参加|列席|隆重举行|在)$/;

/** The longest meeting kind ending at each position, scanning left to right. */
function kindMatches(text: string): { start: number; end: number; kind: string }[] {
  const kinds = meetingKinds();
  let maxLen = 0;
  for (const k of kinds.keys()) maxLen = Math.max(maxLen, k.length);
  const out: { start: number; end: number; kind: string }[] = [];
  for (let i = 0; i < text.length; i++) {
    for (let len = Math.min(maxLen, text.length - i); len >= 2; len--) {
      const w = text.slice(i, i + len);
      const kind = kinds.get(w);
      if (kind === undefined) continue;
      // 务虚会 + 议: a kind ending in 会 written as …会议
      const end = w.endsWith('会') && text[i + len] === '议' ? i + len + 1 : i + len;
      out.push({ start: i, end, kind });
      i = end - 1;
      break;
    }
  }
  return out;
}

/** The left edge of the name whose kind starts at `kindStart`. */
function nameStart(text: string, kindStart: number, floor: number): number {
  let i = kindStart;
  while (i > floor && kindStart - i < MAX_NAME) {
    const ch = text[i - 1] as string;
    if (ch === '”' || ch === '」' || ch === '"') {
      const open = text.lastIndexOf(ch === '”' ? '“' : ch === '」' ? '「' : '"', i - 2);
      if (open < floor || open < i - MAX_NAME) break;
      i = open;
      continue;
    }
    if (ch === '）' || ch === ')') {
      const open = text.lastIndexOf(ch === '）' ? '（' : '(', i - 2);
      if (open < floor || i - open > 12) break;
      i = open;
      continue;
    }
    if (BREAK.test(ch) || ch === '“' || ch === '（' || /\s/.test(ch) && !/[\u4e00-\u9fff”]/.test(text[i - 2] ?? '')) break;
    const before = text.slice(Math.max(floor, i - 4), i);
    if (STOP_BEFORE.some((w) => before.endsWith(w))) break;
    i--;
  }
  // a deictic word makes it a reference, not part of the name
  const m = DEICTIC.exec(text.slice(i, kindStart));
  return m ? i + m[0].length : i;
}

const clean = (s: string): string => s.replace(/[\s“”"「」]/g, '');

export function findMeetings(ctx: RelateContext, dateCtx: DateContext): FoundMeeting[] {
  const { doc, found } = ctx;
  const meetings: FoundMeeting[] = [];
  const references: { start: number; end: number; kind: string }[] = [];
  for (const k of kindMatches(doc.text)) {
    const sentence = sentenceAt(doc, k.start);
    if (!sentence) continue;
    const start = nameStart(doc.text, k.start, sentence.start);
    const name = doc.text.slice(start, k.end).trim();
    if (start === k.start || name.length <= k.end - k.start + 1) { references.push(k); continue; }
    const same = meetings.find((m) => clean(m.name) === clean(name) || clean(m.name).endsWith(clean(name)) || clean(name).endsWith(clean(m.name)));
    if (same) {
      same.mentions.push({ start, end: k.end });
      if (name.length > same.name.length) Object.assign(same, { name, start, end: k.end });
      continue;
    }
    meetings.push({ name, kind: k.kind, start, end: k.end, mentions: [{ start, end: k.end }], reported: false,
      startDate: null, endDate: null, organizer: null, place: null, evidence: sentence, rule: 'meeting.named' });
  }
  for (const r of references) {
    const target = meetings.find((m) => m.kind === r.kind || m.name.endsWith(r.kind) || r.kind === '会议') ?? null;
    if (target) target.mentions.push({ start: r.start, end: r.end });
  }
  for (const m of meetings) judge(ctx, dateCtx, m, found);
  return meetings;
}

/** Whether the article reports the meeting taking place, its dates, organizer and place. */
function judge(ctx: RelateContext, dateCtx: DateContext, m: FoundMeeting, found: readonly Found[]): void {
  const { doc } = ctx;
  for (const mention of m.mentions) {
    const s = sentenceAt(doc, mention.start);
    if (!s) continue;
    const after = doc.text.slice(mention.end, s.end);
    const before = doc.text.slice(s.start, mention.start);
    const happens = TAKES_PLACE_AFTER.test(after) || TAKES_PLACE_BEFORE.test(before.replace(/\s+$/, ''));
    if (!happens || /^的召开|^精神/.test(after)) continue;
    m.reported = true;
    m.evidence = s;
    const dates = findDates(doc.text, dateCtx, s.start, s.end).filter((d) => d.start < mention.start || d.rule === 'date.relative');
    const d = dates[dates.length - 1];
    if (d) { m.startDate = d.startDate; m.endDate = d.endDate; }
    const verb = /(?:召开|举行|举办)/.exec(before);
    if (verb) m.organizer = foundEndingAt(found, s.start + verb.index, ['organization', 'place']) ?? null;
    const at = /在([^，。；]{2,20}?)(?:召开|举行|举办)/.exec(doc.text.slice(s.start, s.end));
    if (at) m.place = found.find((f) => f.type === 'place' && f.start === s.start + at.index + 1) ?? null;
    break;
  }
  if (m.reported && !m.startDate && doc.date) {
    // the article reports it without a date of its own: the article's date
    m.startDate = doc.date;
    m.endDate = doc.date;
  }
}
