// Who took part in a meeting whose minutes (or a press conference's record) open with fields on lines of their own
// (主持人：甲 / 出席人员：乙、丙 / 列席人员：县发改局丁 / 请假人员：戊 / 记录人：己; text/meeting-fields.ts): the people
// named in a field's value take its role at the meeting the minutes record. Rule: attendance.minutes-field.
import type { Doc, Found } from '../types.js';
import { listsPeople, type FieldRole, type MeetingField } from '../../text/meeting-fields.js';
import { canonicalOf } from '../entities.js';
import type { FoundMeeting } from './meetings.js';
import type { FoundAttendance } from './attendance.js';
import { findDates, type DateContext } from '../dates.js';
import type { AttendanceRole } from '../record.js';

const ACT_ROLES: ReadonlySet<FieldRole> = new Set(['PRESIDED', 'ATTENDED', 'SPOKE']);

/**
 * The meeting the fields record: the one whose name the text follows with 纪要 or 记录 (its minutes' title), else the
 * one reported meeting, else the first named. Undefined where no field names who took part.
 */
export function minutesMeeting(text: string, fields: readonly MeetingField[], meetings: readonly FoundMeeting[]): FoundMeeting | undefined {
  if (!fields.some((f) => ACT_ROLES.has(f.role))) return undefined;
  const titled = meetings.find((m) => m.mentions.some((x) => MINUTES_AFTER.test(text.slice(x.end, x.end + 4))));
  if (titled) return titled;
  const reported = meetings.filter((m) => m.reported);
  return reported.length === 1 ? reported[0] : meetings[0];
}

/** what follows a meeting's name in its minutes' title (某县政府第27次常务会议纪要, 某镇党委会议记录) */
const MINUTES_AFTER = /^(?:（[^）]{1,8}）)?(?:纪要|记录|实录)/;

/** The meeting held, on the day of its time field (时间：2025年4月16日上午), where nothing dated it. */
export function heldPerFields(text: string, m: FoundMeeting, fields: readonly MeetingField[], dateCtx: DateContext): void {
  m.reported = true;
  if (m.startDate) return;
  const time = fields.find((f) => f.role === 'time');
  const date = time ? findDates(text, dateCtx, time.valueStart, time.end)[0] : undefined;
  if (date?.startDate) { m.startDate = date.startDate; m.endDate = date.endDate ?? date.startDate; }
}

/** The people named in the fields' values, each with the field's role; the absent ones apart. */
export function fieldAttendance(doc: Doc, fields: readonly MeetingField[], people: readonly Found[]): { acts: FoundAttendance[]; absent: Found[] } {
  const acts: FoundAttendance[] = [];
  const absent: Found[] = [];
  for (const f of fields) {
    if (!listsPeople(f.role)) continue;
    for (const p of people) {
      if (p.start < f.valueStart || p.end > f.end) continue;
      if (f.role === 'absent') absent.push(p);
      else acts.push({ person: p, roles: [f.role as AttendanceRole], evidence: { start: f.start, end: f.end }, rule: 'attendance.minutes-field' });
    }
  }
  return { acts, absent };
}

/**
 * The minutes' fields' people join their meeting's attendees, each role added to what the text says they did there;
 * the people listed as away (请假人员) are no attendees of it.
 */
export function withFieldActs(acts: Map<FoundMeeting | undefined, FoundAttendance[]>, m: FoundMeeting, fields: { acts: FoundAttendance[]; absent: Found[] }): void {
  const away = new Set(fields.absent.map(canonicalOf));
  const list = (acts.get(m) ?? []).filter((a) => !away.has(canonicalOf(a.person)));
  for (const a of fields.acts) {
    const have = list.find((x) => canonicalOf(x.person) === canonicalOf(a.person));
    if (!have) list.push(a);
    else for (const r of a.roles) if (!have.roles.includes(r)) have.roles.push(r);
  }
  acts.set(m, list);
}
