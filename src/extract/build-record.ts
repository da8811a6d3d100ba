// Relations of a prepared article → the ArticleRecord of the output contract.
import type { Region } from './region.js';
import { findAttendance, type FoundAttendance } from './relate/attendance.js';
import { findTalks, type TalksMeeting } from './relate/talks.js';
import { findRecognitions } from './relate/recognitions.js';
import { FUNERAL_KINDS, findMeetings, type FoundMeeting } from './relate/meetings.js';
import { findActEvents } from './relate/act-events.js';
import { findPositions } from './relate/positions.js';
import { bodiesInFull } from './relate/short-and-full-bodies.js';
import { expandRegion } from './region-title.js';
import { findAppointments } from './relate/appointments.js';
import { fieldAttendance, heldPerFields, minutesMeeting, withFieldActs } from './relate/minutes-fields.js';
import { meetingFields } from '../text/meeting-fields.js';
import type { RelateContext } from './relate/context.js';
import { buildEntities, canonicalOf, resolveShortNames } from './entities.js';
import { withShortBodies } from './relate/short-bodies.js';
import { ownedName } from './relate/meeting-owner.js';
import { regionOfGovernmentPost } from './relate/government-posts.js';
import { subBodyOf } from './relate/sub-body-titles.js';
import { unitPost } from './relate/unit-titles.js';
import { congressBody, electedAt } from './relate/congress-posts.js';
import { locate, type PreparedArticle } from './article.js';
import { ATTENDANCE_ROLES, type ArticleRecord, type Evidence, type Meeting, type Position } from './record.js';
import type { Found } from './types.js';
import { SpanIndex, spanIndex } from './span-index.js';

export interface PageContext {
  region: Region | null;
  pageYear: number | null;
}

/**
 * Region-prefixed short forms (区商务局, 县行政中心) take the page's region as their canonical name (某某新区商务局). The list is
 * copied only when one does: most articles have none, and their finds are passed on as they are.
 */
function withRegion(found: readonly Found[], region: PageContext['region']): readonly Found[] {
  let out: Found[] | undefined;
  for (let i = 0; i < found.length; i++) {
    const f = found[i] as Found;
    // (and a venue written from the county's level: 县行政中心 is the page county's)
    if ((f.type !== 'organization' && !(f.type === 'place' && f.kind === 'venue')) || f.name) continue;
    const expanded = expandRegion(f.text, region);
    if (expanded === f.text) continue;
    out ??= found.slice();
    out[i] = { ...f, name: expanded };
  }
  return out ?? found;
}

export function buildRecord(p: PreparedArticle, page: PageContext): ArticleRecord {
  const found = resolveShortNames(withShortBodies(withRegion(p.found, page.region)));
  const ctx: RelateContext = { doc: p.doc, found, region: page.region };
  // the keys in locate's order, then the sentence (as a spread of locate's result would give), without the spread
  const evidence = (s: { start: number; end: number }): Evidence => {
    const at = locate(p, s.start, s.end);
    const sentence = p.doc.text.slice(s.start, s.end);
    if (!at.field) return { start: at.start, end: at.end, sentence };
    const inTitle: Evidence & { field: 'title' } = { start: at.start, end: at.end, field: at.field, sentence };
    return inTitle;
  };
  const name = (f: Found): string => canonicalOf(f);

  const positions: Position[] = [...findPositions(ctx), ...findAppointments(ctx)].map((x) => {
    const organization = x.organization ? ('type' in x.organization ? name(x.organization as Found) : x.organization.name) : null;
    // (a title that holds a unit, 管委会主任, is the unit's post: unit-titles.ts)
    const unit = unitPost(x.title, organization, found, x.person.start);
    return { person: name(x.person), ...(unit ?? postAt(x.title, organization)), evidence: evidence(x.evidence), rule: unit ? 'position.unit-title' : x.rule };
  });

  const dateCtx = { articleDate: p.doc.date, pageYear: page.pageYear };
  const talks = findTalks(ctx, dateCtx);
  // a talks verb (会见, 会谈) is one meeting named by its sides, not a name reaching left of the verb
  const talkSpans = new SpanIndex(talks);
  const named = [...findMeetings(ctx, dateCtx).filter((m) => !talkSpans.overlaps(m.start, m.end)), ...talks];
  // a bare 会见 (参加会见, a headline's 某县领导会见) is the one reception the body tells: talks are found apart from
  // named meetings, which took such references for a meeting of their own
  for (const kind of ['会见', '会谈']) {
    const told = talks.filter((t) => t.kind === kind);
    if (told.length !== 1) continue;
    const into = told[0] as FoundMeeting;
    for (let i = named.length - 1; i >= 0; i--) {
      const m = named[i] as FoundMeeting;
      if (m === into || m.kind !== kind || m.rule !== 'meeting.named' || !m.name.endsWith(kind)) continue;
      into.mentions.push(...m.mentions);
      named.splice(i, 1);
    }
  }
  const meetings = [...named, ...findActEvents(ctx, dateCtx, named)].sort((a, b) => a.start - b.start);
  const sides = talks.flatMap((t) => t.sides.map((x) => ({ person: x.person, roles: [x.role], evidence: t.evidence, rule: t.rule })));
  // minutes that open with fields (主持人：甲 / 出席人员：乙、丙): the meeting they record was held (minutes-fields.ts)
  const fields = meetings.length ? meetingFields(p.doc.text) : [];
  const minutes = minutesMeeting(p.doc.text, fields, meetings);
  if (minutes) heldPerFields(p.doc.text, minutes, fields, dateCtx);
  const reported = meetings.filter((m) => m.reported);
  // each act's meeting found by one binary search (not a scan of every meeting): a long article has many of both
  const meetingOf = meetingIndex(reported);
  const indexOf = new Map(reported.map((m, i) => [m, i]));
  const keyOf = (s: { start: number; end: number }): string => String(indexOf.get(meetingOf(s) as FoundMeeting) ?? -1);
  const firstMention = reported.map((m) => m.mentions.reduce((min, x) => Math.min(min, x.start), Infinity));
  const before = (s: { start: number; end: number }): string[] => reported.flatMap((_, i) => ((firstMention[i] as number) < s.start ? [String(i)] : []));
  // (the reception or talks reported last before a sentence: 参加会见并出席签约仪式)
  const talkBefore = (s: { start: number; end: number }): string | null => {
    let at = -1;
    reported.forEach((m, i) => { if ((m.kind === '会见' || m.kind === '会谈') && (firstMention[i] as number) < s.start) at = i; });
    return at < 0 ? null : String(at);
  };
  const attendance = reported.length ? findAttendance(ctx, mentionsOf(meetings), sides, keyOf, before, talkBefore) : [];
  const acts = new Map<FoundMeeting | undefined, FoundAttendance[]>();
  for (const a of attendance) {
    const m = a.meeting !== undefined ? reported[Number(a.meeting)] : meetingOf(a.evidence);
    const list = acts.get(m);
    if (list) list.push(a);
    else acts.set(m, [a]);
  }
  if (minutes) withFieldActs(acts, minutes, fieldAttendance(p.doc, fields, found.filter((f) => f.type === 'person')));
  // posts elected at the one body's congress the article reports are that body's (congress-posts.ts)
  const congress = congressBody(meetings);
  if (congress) positions.forEach((x, i) => {
    const at = electedAt(x.title, x.organization, x.rule, congress);
    if (at) positions[i] = { ...x, organization: at, rule: 'position.congress' };
  });
  const out: Meeting[] = meetings.map((m) => ({ m, shown: m.name.replace(/\s+/g, ' ') })).map(({ m, shown }) => withFullName({
    name: shown,
    kind: m.kind,
    reported: m.reported,
    startDate: m.startDate,
    endDate: m.endDate,
    place: m.place ? name(m.place) : null,
    organizer: m.organizer ? name(m.organizer) : null,
    evidence: evidence(m.evidence),
    attendees: m.reported ? attendeesOf(m, acts.get(m) ?? []).map((a, i) => ({
      person: name(a.person), roles: ATTENDANCE_ROLES.filter((r) => a.roles.includes(r)), order: i + 1, evidence: evidence(a.evidence), rule: a.rule,
    })) : [],
    rule: m.rule,
  }, m.organizer && ownedName(shown, m.organizer, name(m.organizer), spanIndex(found).startingAt(m.start))));

  // (a writer credited twice, in the byline and under a picture, is one writer; the credit keeps the first mention)
  const reporters = [...new Set(p.credits.map((r) => r.name))];
  const credits = dedupe(p.credits, (c) => `${c.name}|${c.role}`);
  const entities = buildEntities(found, (s, e) => locate(p, s, e), p.credits.map((r) => ({
    type: 'person' as const, name: r.name, mention: { start: r.start, end: r.end, text: r.name, rule: 'person.byline' },
  })));
  keepOriginalSurfaces(entities, p.src.original);
  const headlines = p.src.headlines.map((h) => h.mapped.text.replace(/\s+/g, ' ').trim()).filter(Boolean);
  return {
    id: p.src.id,
    source: p.src.source,
    title: pickTitle(headlines),
    headlines,
    date: p.doc.date,
    reporters,
    credits: credits.map((c) => ({ name: c.name, role: c.role, start: c.start, end: c.end })),
    entities,
    positions: dedupe(bodiesInFull(positions), (x) => `${x.person}|${x.title}|${x.organization}`),
    meetings: out,
    recognitions: findRecognitions(ctx).map((r) => ({
      company: name(r.company), title: r.title, by: r.by ? name(r.by) : null, year: r.year, evidence: evidence(r.evidence), rule: r.rule,
    })),
    span: p.src.span,
    hash: p.hash,
  };
}

/**
 * A post as the graph keeps it: a region's post written with its government is the region's (government-posts.ts), a
 * unit's post written in the title is the unit's (工会主席 of 某公司 → 主席 of 某公司工会: sub-body-titles.ts).
 */
function postAt(title: string, organization: string | null): { title: string; organization: string | null } {
  const sub = subBodyOf(title, organization);
  if (sub) return sub;
  return { title, organization: regionOfGovernmentPost(title, organization) ?? organization };
}

/** The meeting with its full name right after its name, when it has one. */
function withFullName(m: Meeting, fullName: string | null | undefined): Meeting {
  if (!fullName || fullName === m.name) return m;
  const { name, ...rest } = m;
  return { name, fullName, ...rest };
}

/** A funeral named by the one it mourns (某某同志遗体告别仪式, 某某同志追悼会). */
const MOURNS = new RegExp(`^[^，。]{2,12}?(?:同志|先生|女士)(?:遗体)?(?:${FUNERAL_KINDS.join('|')})$`);

/** The sides of talks come first (host, guest), then the people whose acts the text places at the meeting. */
function attendeesOf(m: FoundMeeting, acts: FoundAttendance[]): FoundAttendance[] {
  // (the one a funeral mourns, named in it, 某某同志遗体告别仪式, is not at it: 某某同志生前友好参加遗体告别仪式)
  if (MOURNS.test(m.name)) acts = acts.filter((a) => !m.name.startsWith(canonicalOf(a.person)));
  if (!('sides' in m)) return acts;
  const out = new Map<string, FoundAttendance>();
  for (const side of (m as TalksMeeting).sides) {
    out.set(canonicalOf(side.person), { person: side.person, roles: [side.role], evidence: m.evidence, rule: m.rule });
  }
  for (const a of acts) {
    const have = out.get(canonicalOf(a.person));
    if (have) for (const r of a.roles) { if (!have.roles.includes(r)) have.roles.push(r); }
    else out.set(canonicalOf(a.person), a);
  }
  return [...out.values()];
}

/**
 * The reported meeting an act belongs to: the one mentioned last before the end of the act's sentence (a reception
 * in the same sentence, 在大会上 in it, or the meeting named before it), else the first. The mentions are sorted
 * once (stable: of two at one offset, the later meeting's wins) and each act is a binary search.
 */
function meetingIndex(reported: readonly FoundMeeting[]): (sentence: { start: number; end: number }) => FoundMeeting | undefined {
  const marks: { start: number; m: FoundMeeting }[] = [];
  let sorted = true;
  for (const m of reported) {
    for (const x of m.mentions) {
      if (marks.length > 0 && x.start < (marks[marks.length - 1] as { start: number }).start) sorted = false;
      marks.push({ start: x.start, m });
    }
  }
  if (!sorted) marks.sort((a, b) => a.start - b.start); // (most articles' come in order already)
  return (sentence) => {
    let lo = 0;
    let hi = marks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((marks[mid] as { start: number }).start < sentence.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? (marks[lo - 1] as { m: FoundMeeting }).m : reported[0];
  };
}

/** The mentions of every meeting, in the meetings' order (a loop: flatMap made an array per meeting). */
function mentionsOf(meetings: readonly FoundMeeting[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of meetings) for (const x of m.mentions) out.push(x);
  return out;
}

/** Newspaper headline blocks: with three or more, the middle one (after the kicker) is the main title. */
function pickTitle(headlines: string[]): string | null {
  if (headlines.length === 0) return null;
  return (headlines.length >= 3 ? headlines[1] : headlines[0]) as string;
}

function dedupe<T>(xs: T[], key: (x: T) => string): T[] {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = key(x); // (made once: a key is a joined string)
    return seen.has(k) ? false : (seen.add(k), true);
  });
}

/** Traditional input: the original surface of a name is kept as an alias of its simplified form. */
function keepOriginalSurfaces(entities: ArticleRecord['entities'], original: string): void {
  for (const e of entities) {
    let have: Set<string> | undefined; // the aliases, made only when a surface differs (a scan per mention is quadratic)
    for (const m of e.mentions) {
      if (m.field) continue;
      const orig = original.slice(m.start, m.end);
      if (orig === m.text || /\s/.test(orig) || orig.length !== m.text.length) continue;
      have ??= new Set(e.aliases);
      if (!have.has(orig)) { e.aliases.push(orig); have.add(orig); }
    }
  }
}
