// Events named by an act and its object, with no meeting word for them (随后，甲与乙共同为“某某研究院”揭牌): the
// ceremony is there all the same — 某某研究院揭牌仪式, reported, its people those who performed the act.
import { findDates, type DateContext } from '../dates.js';
import type { RelateContext } from './context.js';
import type { FoundMeeting } from './meetings.js';

/** 为 + the object (quoted, or a short noun phrase) + the act; the act names the ceremony. */
const ACT_EVENT = /为(“[^”]{2,30}”|[^，。；、“”为]{2,20}?)(揭牌|授牌|剪彩|奠基|授旗|颁奖)/g;
const CEREMONY_OF: Readonly<Record<string, string>> = { 揭牌: '揭牌仪式', 授牌: '授牌仪式', 剪彩: '剪彩仪式', 奠基: '奠基仪式', 授旗: '授旗仪式', 颁奖: '颁奖仪式' };
/** the events each act is part of, by a word of their names: 为受表彰代表颁奖 at a 表彰大会 or a 颁奖典礼 is that event's
 * act, not a ceremony of its own */
const PART_OF: Readonly<Record<string, RegExp>> = { 揭牌: /揭牌/, 授牌: /授牌|表彰/, 剪彩: /剪彩|开业|通车/, 奠基: /奠基|开工/, 授旗: /授旗|出征|誓师/, 颁奖: /表彰|颁奖|授奖/ };

/** the act words ACT_EVENT ends with (CEREMONY_OF's): a text without one names no such event */
const ACT_CUE = new RegExp(Object.keys(CEREMONY_OF).join('|'));

/** Such events in sentences that name no meeting of their own. */
export function findActEvents(ctx: RelateContext, dateCtx: DateContext, meetings: readonly FoundMeeting[]): FoundMeeting[] {
  const { doc } = ctx;
  // most articles hold no act word: the meetings are not sorted for them
  if (!ACT_CUE.test(doc.text)) return [];
  const out: FoundMeeting[] = [];
  // the meetings' mentions and the reported meetings, sorted once: a sentence is one binary search (a long article)
  const mentions = meetings.flatMap((m) => m.mentions.map((x) => x.start)).sort((a, b) => a - b);
  const reported = meetings.filter((x) => x.reported).sort((a, b) => a.start - b.start);
  for (const s of doc.sentences) {
    const first = firstFrom(mentions, s.start, (x) => x);
    if (first < mentions.length && (mentions[first] as number) < s.end) continue;
    const text = doc.text.slice(s.start, s.end);
    for (const m of text.matchAll(ACT_EVENT)) {
      const object = (m[1] as string).replace(/[“”]/g, '');
      // the object is the mention (the act word after it stays an act: its doers attended)
      const start = s.start + (m.index as number) + 1;
      const end = start + (m[1] as string).length;
      // a date in its sentence, else the day of the event reported before it (随后，…), else the article's
      const d = findDates(doc.text, dateCtx, s.start, s.end).pop();
      const prev = reported[firstFrom(reported, s.start, (x) => x.start) - 1];
      // the ceremony the article reported by its full name (某区某街道某某所揭牌仪式 … 为某某所揭牌): a mention of it
      const name = `${object}${CEREMONY_OF[m[2] as string]}`;
      // …or the event reported last before it, when the act is part of its kind (表彰大会 … 为受表彰代表颁奖)
      const same = reportedBefore(reported, s.start, name) ?? (prev && PART_OF[m[2] as string]?.test(prev.name) ? prev : undefined);
      if (same) { (same.mentions as { start: number; end: number }[]).push({ start, end }); continue; }
      out.push({
        name, kind: '仪式', start, end, mentions: [{ start, end }], reported: true,
        startDate: d?.startDate ?? prev?.startDate ?? doc.date, endDate: d?.endDate ?? prev?.endDate ?? doc.date, organizer: null, place: null,
        evidence: { start: s.start, end: s.end }, rule: 'meeting.act-event',
      });
    }
  }
  return out;
}

/** The first index of a list sorted by `key` whose key is at least `at` (the list's length when none). */
function firstFrom<T>(list: readonly T[], at: number, key: (x: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid] as T) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Of the last reported events before `at` (sorted by start), the nearest whose name ends with `name`: a few only. */
function reportedBefore(reported: readonly FoundMeeting[], at: number, name: string): FoundMeeting | undefined {
  for (let i = firstFrom(reported, at, (x) => x.start) - 1, n = 0; i >= 0 && n < 8; i--, n++) {
    const x = reported[i] as FoundMeeting;
    if (x.name.endsWith(name)) return x;
  }
  return undefined;
}
