// Who holds a meeting and which meeting a headline means: a body or a person that holds a bare kind
// (某中心组举行集体学习, 某某主持召开座谈会), the organizer named by 由…主办, and a headline's shorter name for the
// meeting the body reports. Used by meetings.ts.
import type { Found, Sentence } from '../types.js';
import { foundEndingAt, sentenceAt, type RelateContext } from './context.js';
import type { FoundMeeting } from './meetings.js';
import { spanHolding, spanIndex } from '../span-index.js';
import { plenumKey } from './plenum-key.js';
import { meetingVerbPattern } from '../meeting-verbs.js';

/** a day (26日, 12月27日, 11日至12日, 3月31日至4月1日, 今天), a part of the day, then 在 + a place: what TV news writes between a meeting's name and its verb */
const N = '(?:[0-9]{1,2}|[〇一二三四五六七八九十]{1,3})';
const DAY = `(?:${N}月)?${N}日`;
export const WHEN = `(?:${DAY}(?:至${DAY})?|今天|今日|昨天|昨日)?(?:上午|下午|晚上|晚间|晚|早上|中午)?`;

/** 由 + who chairs it + 主持 right after a meeting's name or kind (会议由某某主持, 反馈会由某组副组长某某主持): it took place */
export const CHAIRED_BY = '由[^，。；]{2,30}?主持';
const CHAIRED_AFTER = new RegExp(`^${CHAIRED_BY}`);
/** a bare kind held with no holder before it: (在)(随后|当天)召开的 / 举行的 */
const HELD_BEFORE = /(?:^|[，,。；\s在])(?:随后|当天|当日|之后)?(?:召开|举行)的$/;
/** a verb that holds a meeting, right before the bare kind (某委召开了常务会议) */
const HELD_RIGHT_BEFORE = new RegExp(`(?:${meetingVerbPattern('hold')})(?:了)?$`);
/** what may open the sentence before a bare kind chaired so (此次反馈会由…主持, 当天的推介会由…主持) */
const OPENS_CHAIRED = /^(?:此次|本次|这次|当天的|会议|)$/;

/**
 * A bare kind after a body and its verb (某中心组举行集体学习, 某委召开常务会议) with no named meeting to refer to:
 * the meeting the body holds, named by the body and the kind (meeting.held-by).
 */
export function heldBy(ctx: RelateContext, r: { start: number; end: number; kind: string }, found: readonly Found[]): FoundMeeting | undefined {
  const { doc } = ctx;
  const s = sentenceAt(doc, r.start);
  if (!s) return undefined;
  // the verbs end right before the kind: the few characters there are all they need
  const near = Math.max(s.start, r.start - 5);
  const verb = HELD_RIGHT_BEFORE.exec(doc.text.slice(near, r.start));
  if (!verb) return undefined;
  const verbAt = near + verb.index;
  // the body right before its verb, or before a day and a place (某中心6日上午在某厅举行记者会); or a division that holds it
  // (某村召开院坝会, 某县召开座谈会: its leaders do, and the division names the meeting)
  const body = spanIndex(found).within(s.start, verbAt, (f) => f.type === 'organization' || f.type === 'company' || f.type === 'place')
    .filter((f) => doc.text[f.start - 1] !== '在' && BETWEEN_HOLDER_AND_VERB.test(doc.text.slice(f.end, verbAt))).pop();
  if (body) {
    const name = doc.text.slice(body.start, body.end) + doc.text.slice(r.start, r.end);
    return { name, kind: r.kind, start: body.start, end: r.end, mentions: [{ start: r.start, end: r.end }], reported: false,
      startDate: null, endDate: null, organizer: body, place: null, evidence: s, rule: 'meeting.held-by' };
  }
  // …or a working group named by its task (检查组, 调研组, 督导组) right before its verb and a day (检查组召开汇报会)
  const group = WORKING_GROUP.exec(doc.text.slice(Math.max(s.start, verbAt - 12), verbAt));
  if (group) {
    const start = verbAt - group[0].length;
    return { name: group[1] + doc.text.slice(r.start, r.end), kind: r.kind, start, end: r.end, mentions: [{ start: r.start, end: r.end }], reported: false,
      startDate: null, endDate: null, organizer: null, place: null, evidence: s, rule: 'meeting.held-by' };
  }
  // a person who 主持召开 it (某某主持召开座谈会): the meeting is named by that phrase; with the person further back
  // (某某到某区调研，并在某室主持召开座谈会), by its kind. The phrase is at most five characters: `near` holds it.
  const chair = /主持(?:召开|举行)?(?:了)?$/.exec(doc.text.slice(near, r.start));
  if (!chair) return joinedToVisit(doc.text, s, r, found);
  const person = foundEndingAt(found, near + chair.index, ['person']);
  const start = person ? person.start : r.start;
  return { name: doc.text.slice(start, r.end), kind: r.kind, start, end: r.end, mentions: [{ start: r.start, end: r.end }],
    reported: false, startDate: null, endDate: null, organizer: null, place: null, evidence: s, rule: 'meeting.held-by' };
}

/** 并 (随后, 还, 同时) + perhaps 在 a place + the verb that holds a meeting, right before its kind */
const JOINED_HOLD = new RegExp(`(?:并|随后|还|同时|期间)(?:在[^，。；]{1,12}?)?(?:${meetingVerbPattern('hold')})(?:了)?$`);
/** How far back JOINED_HOLD may begin: the verb and a room's name (并在医院会议室召开). */
const JOINED_REACH = 18;

/**
 * A bare kind held as the second act of a person's visit (县长某某到某医院调研，并召开座谈会; 随后召开座谈会): the meeting of
 * the visit, named by its kind, when a person is named before it in the sentence.
 */
function joinedToVisit(text: string, s: Sentence, r: { start: number; end: number; kind: string }, found: readonly Found[]): FoundMeeting | undefined {
  if (!JOINED_HOLD.test(text.slice(Math.max(s.start, r.start - JOINED_REACH), r.start))) return undefined;
  // (the article's finds by offset, made once: a long article holds thousands of such kinds)
  if (spanIndex(found).within(s.start, r.start, (f) => f.type === 'person').length === 0) return undefined;
  return { name: text.slice(r.start, r.end), kind: r.kind, start: r.start, end: r.end, mentions: [{ start: r.start, end: r.end }],
    reported: false, startDate: null, endDate: null, organizer: null, place: null, evidence: s, rule: 'meeting.held-by' };
}

/**
 * A bare kind that opens its sentence and is chaired (反馈会由某某主持), or is held with no holder named (在随后召开的
 * 测评会上), in an article that reports no other meeting:
 * the lead told the event as a verb (某组向某局反馈巡察情况), and the kind alone names it (meeting.chaired-kind).
 */
export function chairedKind(ctx: RelateContext, r: { start: number; end: number; kind: string }, othersReported = false): FoundMeeting | undefined {
  const { doc } = ctx;
  const s = sentenceAt(doc, r.start);
  if (!s) return undefined;
  // (the opening or closing of an event the article reports, 开幕式由某某主持 after 某某大会召开, is a sitting of it)
  if (othersReported && SITTING_OF_AN_EVENT.test(doc.text.slice(r.start, r.end))) return undefined;
  // (beside events of other kinds the article reports, only a kind of its own held so is a new one: 活动… 随后召开的座谈会由
  // 某某主持; a bare 会议 or 大会 chaired is the article's meeting written short)
  const chaired = (!othersReported || !GENERIC_KINDS.has(r.kind)) && CHAIRED_AFTER.test(doc.text.slice(r.end, r.end + 36)) && OPENS_CHAIRED.test(doc.text.slice(s.start, r.start).trim());
  // …or held with no holder named (在随后召开的测评会上): the kind after 召开的/举行的, a clause's own
  const held = (!othersReported || !GENERIC_KINDS.has(r.kind)) && HELD_BEFORE.test(doc.text.slice(Math.max(s.start, r.start - 8), r.start));
  if (!chaired && !held) return undefined;
  return { name: doc.text.slice(r.start, r.end), kind: r.kind, start: r.start, end: r.end, mentions: [{ start: r.start, end: r.end }],
    reported: false, startDate: null, endDate: null, organizer: null, place: null, evidence: s, rule: chaired ? 'meeting.chaired-kind' : 'meeting.held-kind' };
}

/** an act at a sitting right before a bare kind (出席会议, 主持了会议, 列席会议) */
const ACT_AT_KIND = /(?:出席|参加|主持|列席)(?:了)?$/;
/** time words that open a clause before its subject (近日, 3月8日上午, 昨天下午): meetings.ts reads them too */
export const CLAUSE_TIME = /^(?:[0-9０-９一二三四五六七八九十]+月)?(?:[0-9０-９一二三四五六七八九十]+日)?(?:近日|日前|近期|昨天|昨日|今天|今日|当天|上午|下午|晚上|晚)*/;
/** …and the mark after them that opens a lead (10月12日，, 3日上午，) */
const LEAD_TIME = new RegExp(`${CLAUSE_TIME.source}[，,]?`);
/** a verb that holds a meeting inside a lead clause: what follows it names the meeting */
const LEAD_HOLDS = new RegExp(`(?:${meetingVerbPattern('hold')})(?:了)?`);
/** the longest lead clause that names an event told by a verb */
const LEAD_EVENT_MAX = 40;

/**
 * A bare kind attended (出席会议, 主持会议) in an article that names no meeting at all: the lead told the event as a
 * verb and its object (某巡视组向某县委领导班子反馈巡视情况), and the sittings after it are that event's. It is named by
 * the lead's first clause after its day (meeting.lead-event); undefined when the article has no such clause.
 */
export function leadEvent(ctx: RelateContext, r: { start: number; end: number; kind: string }): FoundMeeting | undefined {
  const { doc } = ctx;
  if (!GENERIC_KINDS.has(r.kind)) return undefined;
  const s = sentenceAt(doc, r.start);
  const lead = doc.sentences[0];
  if (!s || !lead || !ACT_AT_KIND.test(doc.text.slice(Math.max(s.start, r.start - 3), r.start))) return undefined;
  const time = LEAD_TIME.exec(doc.text.slice(lead.start, lead.end)) as RegExpExecArray;
  let start = lead.start + time[0].length;
  let end = start;
  while (end < lead.end && !/[，,。；;：:！？!?\n]/.test(doc.text[end] as string)) end++;
  if (end - start < 6 || end - start > LEAD_EVENT_MAX || time[0].length === 0) return undefined;
  // (a clause that holds a meeting by a verb, 某某主持召开2025年第21次党委会, is named by what the verb holds)
  const held = LEAD_HOLDS.exec(doc.text.slice(start, end));
  if (held && end - (start + held.index + held[0].length) >= 4) start += held.index + held[0].length;
  return { name: doc.text.slice(start, end), kind: r.kind, start, end, mentions: [{ start: r.start, end: r.end }], reported: false,
    startDate: null, endDate: null, organizer: null, place: null, evidence: s, rule: 'meeting.lead-event' };
}

/** the opening or closing sitting of a session, a class or a camp (开幕式, 闭幕会, 开班式, 结业典礼) */
const SITTING_OF_AN_EVENT = /^(?:开幕|闭幕|开班|结业|开营|闭营)(?:式|会|大会|典礼|仪式)$/;

/** kinds that name any meeting: written bare, they refer to the article's meeting */
const GENERIC_KINDS: ReadonlySet<string> = new Set(['会议', '大会', '会']);

/** A working group named by its task (检查组, 调研组, 督导组, 考察组), a day and a place after it, at the end of a text
 * before the verb that holds a meeting */
const WORKING_GROUP = new RegExp(`([\u4e00-\u9fff]{2}组)${WHEN}(?:在[^，。；]{1,20})?$`);

/** What may stand between a meeting's holder and its verb: a day, a part of it, a place after 在. */
const BETWEEN_HOLDER_AND_VERB = new RegExp(`^${WHEN}(?:在[^，。；]{1,20})?$`);

/**
 * A headline names the meeting shorter than the body does (某某商务峰会 for 第二十三届某某商务与投资峰会): a meeting
 * named only in the headlines, of the kind of one meeting the body reports, is that meeting.
 */
export function mergeHeadlineMeetings(doc: RelateContext['doc'], meetings: FoundMeeting[]): void {
  const bodyEnd = doc.text.length - doc.headlines.reduce((n, h) => n + h.length + 1, 0);
  const inBody = (m: FoundMeeting): boolean => m.mentions.some((x) => x.start < bodyEnd);
  for (const m of [...meetings]) {
    // a plenary session's short name in a headline (区委九届六次全会) is the body's formal one, reported or not: the
    // references the short name took in the body (全会由…主持) are the formal one's
    const key = m.start >= bodyEnd ? plenumKey(m.name) : null;
    const formal = key ? meetings.filter((o) => o !== m && o.start < bodyEnd && plenumKey(o.name) === key) : [];
    if (formal.length !== 1 && inBody(m)) continue;
    let body = formal.length === 1 ? formal : meetings.filter((o) => o !== m && o.reported && o.kind === m.kind && inBody(o));
    // of several of its kind, the one whose name ends as the headline's does (县十八届人大四次会议预备会议: the body's
    // 某县第十八届人民代表大会第四次会议预备会议, not its 主席团第一次会议)
    if (body.length > 1) body = body.filter((o) => commonSuffix(o.name, m.name) >= SAME_TAIL);
    if (body.length !== 1) continue;
    const into = body[0] as FoundMeeting;
    into.mentions.push(...m.mentions);
    if (m.reported && !into.reported) Object.assign(into, { reported: true, startDate: into.startDate ?? m.startDate, endDate: into.endDate ?? m.endDate });
    meetings.splice(meetings.indexOf(m), 1);
  }
}

/** how many last characters two names of one meeting share at least, beyond their kind (预备会议, 第二次全体会议) */
const SAME_TAIL = 4;

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** 由甲(和乙)(共同)主办: who hosts the event, written in its report sentence or the two after it. */
const HOSTED_BY = /由([^。；]{2,40}?)(?:共同|联合)?(?:主办|举办)/;

/** The first body named in a 由…主办 clause near the report of the meeting. */
export function hostedBy(ctx: RelateContext, evidence: { start: number; end: number }, found: readonly Found[]): Found | undefined {
  const { doc } = ctx;
  const holding = spanHolding(doc.sentences, evidence.start);
  const i = holding >= 0 && (doc.sentences[holding] as Sentence).start === evidence.start ? holding : -1;
  if (i < 0) return undefined;
  for (const s of doc.sentences.slice(i, i + 3)) {
    const m = HOSTED_BY.exec(doc.text.slice(s.start, s.end));
    if (!m) continue;
    const from = s.start + m.index + 1;
    const to = from + (m[1] as string).length;
    return spanIndex(found).within(from, to, (f) => f.type === 'organization' || f.type === 'company')[0];
  }
  return undefined;
}
