// The fields that open a meeting's minutes or a press conference's record as a portal prints them, each label on a
// line of its own with a colon (时间：… / 地点：… / 主持人：甲 / 出席人员：乙、丙 / 列席人员：… / 请假人员：… / 记录人：丁).
// One typed table, each group with its reason: join-lines.ts keeps such lines apart, recognise/person-fields.ts reads
// the names in their lists, and relate/minutes-fields.ts who took part.

export type FieldRole = 'PRESIDED' | 'ATTENDED' | 'SPOKE' | 'absent' | 'time' | 'place';

export interface MeetingFieldGroup {
  readonly labels: readonly string[];
  readonly role: FieldRole;
  readonly why: string;
}

export const MEETING_FIELDS = {
  chair: {
    labels: ['主持人', '会议主持', '主持'],
    role: 'PRESIDED',
    why: 'the one who chairs the meeting recorded',
  },
  present: {
    labels: ['出席人员', '出席领导', '出席', '参会人员', '参会领导', '参会', '参加人员', '与会人员', '列席人员', '列席'],
    role: 'ATTENDED',
    why: 'present at the meeting, as members or sitting in (列席)',
  },
  recorder: {
    labels: ['记录人', '记录员', '记录'],
    role: 'ATTENDED',
    why: 'the one who takes the minutes sits in the meeting',
  },
  releasing: {
    labels: ['发布人'],
    role: 'SPOKE',
    why: 'a press conference\'s officials who release its news speak there',
  },
  absent: {
    labels: ['请假人员', '请假', '缺席人员', '缺席'],
    role: 'absent',
    why: 'named as away: never an attendee, whatever else the line says of them',
  },
  time: {
    labels: ['会议时间', '时间', '发布时间'],
    role: 'time',
    why: 'when the meeting sat',
  },
  place: {
    labels: ['会议地点', '地点', '发布地点'],
    role: 'place',
    why: 'where it sat',
  },
} as const satisfies Record<string, MeetingFieldGroup>;

/** Labels, longest first (出席人员 before 出席), with their roles. */
const LABELS: readonly { label: string; role: FieldRole }[] = Object.values(MEETING_FIELDS)
  .flatMap((g) => g.labels.map((label) => ({ label, role: g.role as FieldRole })))
  .sort((a, b) => b.label.length - a.label.length);

/** The field a line opens with (its label, optional spaces, a colon): its role and where its value starts, or null. */
export function meetingFieldAt(line: string, from = 0): { role: FieldRole; valueStart: number } | null {
  let at = from;
  while (at < line.length && /[ \t\u3000]/.test(line[at] as string)) at++;
  const first = line.charCodeAt(at);
  // (most lines open with none of the labels' first characters: one look at the line's first character)
  if (!FIRSTS.has(first)) return null;
  for (const { label, role } of LABELS) {
    if (!line.startsWith(label, at)) continue;
    let end = at + label.length;
    while (end < line.length && /[ \t\u3000]/.test(line[end] as string)) end++;
    if (line[end] === '：' || line[end] === ':') return { role, valueStart: end + 1 };
  }
  return null;
}

const FIRSTS: ReadonlySet<number> = new Set(LABELS.map((l) => l.label.charCodeAt(0)));

/** Roles of the fields that list people: those who took part, and those away. */
const PEOPLE_ROLES: ReadonlySet<FieldRole> = new Set(['PRESIDED', 'ATTENDED', 'SPOKE', 'absent']);

/** The field lists people (出席人员：, 请假人员：), not a time or a place. */
export function listsPeople(role: FieldRole): boolean {
  return PEOPLE_ROLES.has(role);
}

export interface MeetingField {
  role: FieldRole;
  /** the field's line, and its value within it: up to the line's end or the first full stop (a sentence after it
   * is no part of the list) */
  start: number;
  valueStart: number;
  end: number;
}

/** Every field line of the text, in order (a look at each line's first character: most open no field). */
export function meetingFields(text: string): readonly MeetingField[] {
  const out: MeetingField[] = [];
  for (let line = 0; line < text.length;) {
    const nl = text.indexOf('\n', line);
    const lineEnd = nl < 0 ? text.length : nl;
    const f = meetingFieldAt(text.slice(line, Math.min(lineEnd, line + LABEL_REACH)));
    if (f) {
      const stop = text.indexOf('。', line + f.valueStart);
      out.push({ role: f.role, start: line, valueStart: line + f.valueStart, end: stop >= 0 && stop < lineEnd ? stop : lineEnd });
    }
    if (nl < 0) break;
    line = nl + 1;
  }
  return out;
}

/** How far into a line a field's label and its colon may reach (spaces before and after it included). */
const LABEL_REACH = 12;
