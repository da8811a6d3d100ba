// Talks and receptions: "甲会见(了)乙", "甲同乙会谈", "甲与乙举行会谈", and phone or video calls "甲同乙通电话"
// (kind 通话). The host (the subject) PRESIDED, the guest ATTENDED (the role table's rows for 会见 / 会谈 / 通话).
// The meeting is named by its sides: 甲会见乙, 甲同乙会谈, 甲同乙通电话.
import { findDates, type DateContext } from '../dates.js';
import type { AttendanceRole } from '../record.js';
import type { Found } from '../types.js';
import { clauseBreakAt, peopleIn, type RelateContext } from './context.js';
import type { FoundMeeting } from './meetings.js';

export interface TalksMeeting extends FoundMeeting {
  /** roles given by the talks pattern itself */
  sides: { person: Found; role: AttendanceRole }[];
}

const RECEIVE = /会见|会晤|接见/g;
/** the words that end talks (同某某会谈, 与某某通电话) */
const TALK_WORDS = '会谈|会晤|视频通话|通话|通电话';
const TALKS = new RegExp(`(?:同|与|和)([^，。；\\s]{2,40}?)(?:举行)?(?:${TALK_WORDS})`, 'y');
/** 参加会见 / 出席会谈: an attendee's act, not a new meeting */
const JOINING = /(?:参加|出席|陪同)$/;
/** the words every match of RECEIVE or TALKS holds: a text without one holds no talks */
const CUE = new RegExp(`${RECEIVE.source}|${TALK_WORDS}`);

export function findTalks(ctx: RelateContext, dateCtx: DateContext): TalksMeeting[] {
  const { doc } = ctx;
  // an article (or a sentence) that holds no talks word is not read further: most hold none
  if (!CUE.test(doc.text)) return [];
  const people = peopleIn(ctx);
  const out: TalksMeeting[] = [];
  // (the talks whose sentence gives their day: where one is written twice, the dated telling is kept)
  const dated = new Set<TalksMeeting>();
  let lastDated: TalksMeeting | undefined;
  for (const s of doc.sentences) {
    const text = doc.text.slice(s.start, s.end);
    if (!CUE.test(text)) continue;
    const inS = people.within(s.start, s.end);
    if (inS.length === 0) continue;
    const hits: { verbAt: number; verbEnd: number; guestFrom: number; guestTo: number }[] = [];
    for (const m of text.matchAll(RECEIVE)) {
      const at = s.start + m.index;
      if (JOINING.test(doc.text.slice(Math.max(s.start, at - 2), at))) continue;
      let to = at + m[0].length;
      // (a headline's parts stand apart with spaces: 某某会见某某一行　某某与某某会谈 names two meetings)
      while (to < s.end && !/[。；;\s]/.test(doc.text[to] as string)) to++;
      hits.push({ verbAt: at, verbEnd: at + m[0].length, guestFrom: at + m[0].length, guestTo: to });
    }
    // 同/与/和 of the talks, never one inside a name (国家主席和某17日…同某某会谈: the surname 和)
    for (let i = 0; i < text.length; i++) {
      const at = s.start + i;
      if (!'同与和'.includes(text[i] as string) || inS.some((p) => p.start <= at && at < p.end)) continue;
      TALKS.lastIndex = i;
      const m = TALKS.exec(text);
      if (!m) continue;
      hits.push({ verbAt: at, verbEnd: at + m[0].length, guestFrom: at + 1, guestTo: at + 1 + (m[1]?.length ?? 0) });
      i += m[0].length - 1;
    }
    for (const h of hits) {
      const hosts = subjectBefore(doc.text, inS, s.start, h.verbAt);
      const guests = inS.filter((p) => p.start >= h.guestFrom && p.end <= h.guestTo);
      const verb = doc.text.slice(h.verbAt, h.verbEnd);
      const kind = /会见|接见/.test(verb) ? '会见' : /通话|通电话/.test(verb) ? '通话' : '会谈';
      // a reception of a group (会见受表彰代表): the meeting is named by the group the hosts received
      const group = kind === '会见' && guests.length === 0 ? receivedGroup(doc.text, h.guestFrom, s.end) : null;
      if (hosts.length === 0 || (guests.length === 0 && !group)) continue;
      const hostNames = hosts.map((p) => p.name ?? p.text).join('、');
      const guestNames = group ?? guests.map((p) => p.name ?? p.text).join('、');
      const name = kind === '会见' ? `${hostNames}会见${guestNames}` : `${hostNames}同${guestNames}${kind === '通话' ? '通电话' : '会谈'}`;
      // (当天, 同日: the day of the talks told before; a first telling of its day is kept as the day)
      const d = findDates(doc.text, dateCtx, s.start, h.verbAt).pop()
        ?? (lastDated && SAME_DAY.test(doc.text.slice(s.start, h.verbAt)) ? lastDated : undefined);
      const talks: TalksMeeting = {
        name, kind, start: h.verbAt, end: h.verbEnd, mentions: [{ start: h.verbAt, end: h.verbEnd }], reported: true,
        startDate: d?.startDate ?? doc.date, endDate: d?.endDate ?? doc.date, organizer: null, place: null,
        evidence: { start: s.start, end: s.end }, rule: `meeting.${kind === '会见' ? 'reception' : 'talks'}`,
        sides: [...hosts.map((person) => ({ person, role: 'PRESIDED' as const })), ...guests.map((person) => ({ person, role: 'ATTENDED' as const }))],
      };
      out.push(talks);
      if (d) { dated.add(talks); lastDated = talks; }
    }
  }
  // a group reception (会见某国总理 in a headline) whose host received someone by name elsewhere is that reception
  const named = new Set(out.filter((t) => t.sides.some((x) => x.role === 'ATTENDED')));
  const hostOf = (t: TalksMeeting): string[] => sideNames(t, 'PRESIDED');
  // the hosts of every named reception, in one set (not the receptions scanned once per reception)
  const namedHosts = new Set([...named].flatMap(hostOf));
  return sameSides(out.filter((t) => named.has(t) || !hostOf(t).some((h) => namedHosts.has(h))), dated);
}

/** the day of the events told before (当天，某某与某某举行会谈) */
const SAME_DAY = /当天|当日|同日|随后/;

/** The names of the talks' people on one side (their hosts, PRESIDED, or their guests, ATTENDED). */
function sideNames(t: TalksMeeting, role: 'PRESIDED' | 'ATTENDED'): string[] {
  return t.sides.filter((x) => x.role === role).map((x) => x.person.name ?? x.person.text);
}

/**
 * One reception written again (a portal prints its headline as the body's first line, and the title field holds
 * it too): talks of the same name are one meeting, reported by a sentence that gives its day, else by its longest
 * (the body's report, with the day and the place; a headline may be longer), the others' mentions added to it.
 */
function sameSides(talks: TalksMeeting[], dated: ReadonlySet<TalksMeeting>): TalksMeeting[] {
  const byName = new Map<string, TalksMeeting[]>();
  for (const t of talks) byName.set(t.name, [...(byName.get(t.name) ?? []), t]);
  const out: TalksMeeting[] = [];
  for (const t of talks) {
    const same = byName.get(t.name) as TalksMeeting[];
    const weight = (x: TalksMeeting): number => (dated.has(x) ? 1e9 : 0) + x.evidence.end - x.evidence.start;
    const keep = same.reduce((a, b) => (weight(b) > weight(a) ? b : a));
    if (keep !== t) continue;
    for (const o of same) if (o !== keep) keep.mentions.push(...o.mentions);
    out.push(keep);
  }
  return withinWider(out);
}

/**
 * Talks of the same kind and hosts whose guests are some of another's (a headline's 某某会见某某 beside the body's
 * 某某会见某某、某某): the same meeting, told in full by the wider one.
 */
function withinWider(talks: TalksMeeting[]): TalksMeeting[] {
  if (talks.length < 2) return talks;
  // (the sides of each talks read once; talks compared only within their kind and hosts)
  const byHosts = new Map<string, { t: TalksMeeting; guests: string[] }[]>();
  for (const t of talks) {
    const guests = sideNames(t, 'ATTENDED');
    const key = `${t.kind}|${sideNames(t, 'PRESIDED').join('、')}`;
    const list = byHosts.get(key);
    if (list) list.push({ t, guests });
    else byHosts.set(key, [{ t, guests }]);
  }
  const dropped = new Set<TalksMeeting>();
  for (const list of byHosts.values()) {
    if (list.length < 2) continue;
    for (const a of list) {
      const wider = list.find((b) => b !== a && !dropped.has(b.t) && a.guests.length < b.guests.length && a.guests.every((g) => b.guests.includes(g)));
      if (!wider) continue;
      wider.t.mentions.push(...a.t.mentions);
      dropped.add(a.t);
    }
  }
  return dropped.size === 0 ? talks : talks.filter((t) => !dropped.has(t));
}

/** The people of the clause that ends at `at` (the subject of the verb): back to the last clause break. */
function subjectBefore(text: string, people: Found[], floor: number, at: number): Found[] {
  let from = at;
  while (from > floor && !clauseBreakAt(text, from - 1) && !/\s/.test(text[from - 1] as string)) from--;
  return people.filter((p) => p.start >= from && p.end <= at);
}

/** The group a reception is for (会见受表彰代表并合影): the words after 会见 up to 并 or punctuation, 2–20 characters. */
function receivedGroup(text: string, from: number, end: number): string | null {
  let to = from;
  while (to < end && to - from <= 20 && !/[并，,。；;、：:]/.test(text[to] as string)) to++;
  const phrase = text.slice(from, to).replace(/^了/, '');
  return to - from <= 20 && phrase.length >= 2 ? phrase : null;
}
