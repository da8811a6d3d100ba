// Attendance: who did what at a reported meeting, by the role table of ARCHITECTURE.md. In a sentence, the
// people named since the last act form a group; an act word (主持, 出席, 讲话, 视频讲话 …) gives its role to the
// whole group, and acts joined by 并/和 apply to the same group ("A、B出席会议并发言"). Statements (指出, 强调)
// give SPOKE only to people already at the meeting who have no speech of their own, or when said 在会上.
// People only mentioned (a speech studied, an instruction read out) get nothing.
import type { AttendanceRole } from '../record.js';
import type { Found, Sentence } from '../types.js';
import type { RelateContext } from './context.js';
import { getLexicon } from '../../lexicon/lexicon.js';
import type { VerbRole } from './words.js';
import { SpanIndex } from '../span-index.js';

export interface FoundAttendance {
  person: Found;
  roles: AttendanceRole[];
  evidence: { start: number; end: number };
  rule: string;
}

const SPEECH_ROLES: AttendanceRole[] = ['SPOKE', 'VIDEO_SPEECH'];
/** an act word followed by these is not an act (讲话精神, 出席人员) */
const NOT_AN_ACT_AFTER = /^(?:精神|要求|内容|人员|名单|情况|的)/;
const NOT_AN_ACT_BEFORE = /(?:的|学习|传达|贯彻|宣读|根据|按照|领会)(?:重要)?$/;
/** what may stand between a name and the statement verb: 同志, 在会上, 在讲话中, 还, 进一步 … */
const STATEMENT_GAP = /^(?:同志)?(?:在[^，。；]{0,10}?(?:上|中|时))?[，,]?(?:还|也|再次|进一步|同时|特别|明确|首先|最后)?$/;
const AT_MEETING = /在(?:会|会议|大会|开幕式|仪式|座谈会)上|会上/;
const VIDEO = /视频|线上|远程|连线/;
/** how far before a speech VIDEO is looked for */
const VIDEO_REACH = 12;
const JOINING = /(?:参加|出席|陪同|列席)$/;
const OBJECT_MARK = /[为向给替受]/;
/** what follows 作 in a speech with its object inside: 关于…的报告, 重要讲话, 专题辅导报告, 说明 */
const SPEECH_OBJECT = /^[^，。；：:,;]{0,40}?(?:报告|讲话|发言|说明|致辞|演讲)/;
/** the longest text SPEECH_OBJECT matches: 40 characters and the noun */
const SPEECH_OBJECT_REACH = 42;
const CLOSING_LIST = /(?:出席|参加|列席)[^，。；、]{0,8}?的(?:领导|同志|嘉宾|人员)?(?:还)?(?:有|包括)/;

interface Act { start: number; end: number; role: VerbRole }

function actsIn(text: string, s: Sentence): Act[] {
  const trie = getLexicon().personVerbs.prefix;
  const acts: Act[] = [];
  for (let i = s.start; i < s.end; i++) {
    const m = trie.longestMatchAt(text, i, s.end);
    if (!m) continue;
    const role = m.value.role as VerbRole;
    i = m.end - 1;
    if (NOT_AN_ACT_AFTER.test(text.slice(m.end, Math.min(s.end, m.end + 4))) || NOT_AN_ACT_BEFORE.test(text.slice(Math.max(s.start, m.start - 6), m.start))) continue;
    // 参加会见, 陪同会见: the host's word after a joining verb is the joiner's object, not an act of hosting
    if (role === 'HOST' && JOINING.test(text.slice(Math.max(s.start, m.start - 2), m.start))) continue;
    acts.push({ start: m.start, end: m.end, role });
  }
  // 作关于…的报告, 作了…说明: a speech whose object stands between 作 and its noun (作 must be a word of its own:
  // 工作报告 and 合作 are no act)
  for (const t of s.tokens) {
    // 作 as a word, or glued by jieba to the unknown name before it (某某某作/x)
    const own = t.word === '作' || t.word === '做' || t.word === '作了' || t.word === '做了';
    if (!own && !(t.tag === 'x' && t.word.length >= 3 && (t.word.endsWith('作') || t.word.endsWith('做')))) continue;
    const at = own ? t.start : t.end - 1;
    const m = SPEECH_OBJECT.exec(text.slice(t.end, Math.min(s.end, t.end + SPEECH_OBJECT_REACH)));
    if (!m || acts.some((a) => a.start < t.end + m[0].length && a.end > at)) continue;
    acts.push({ start: at, end: t.end + m[0].length, role: 'SPOKE' });
  }
  acts.sort((a, b) => a.start - b.start);
  return acts;
}

/** Roles per person for the article's reported meetings, in order of first appearance. `names` are the spans of
 * meeting names: act words inside them (启动 in 启动仪式) are not acts. */
export function findAttendance(ctx: RelateContext, names: readonly { start: number; end: number }[] = [], known: readonly FoundAttendance[] = []): FoundAttendance[] {
  const { doc, found } = ctx;
  const people = new SpanIndex(found.filter((f) => f.type === 'person').sort((a, b) => a.start - b.start));
  const inName = new SpanIndex(names);
  // `known`: attendance another pattern already established (the sides of talks), so statements count for them
  const byName = new Map<string, FoundAttendance>(known.map((a) => [a.person.name ?? a.person.text, { ...a, roles: [...a.roles] }]));
  const statements: { person: Found; sentence: Sentence; atMeeting: boolean }[] = [];
  for (const s of doc.sentences) {
    const inS = people.within(s.start, s.end);
    if (inS.length === 0) continue;
    const listed = CLOSING_LIST.exec(doc.text.slice(s.start, s.end));
    const listFrom = listed ? s.start + listed.index : s.end;
    const listTo = listed ? listFrom + listed[0].length : s.end;
    // 出席会议的(还)有A、B、C: everyone named after the phrase attended
    for (const person of inS.filter((x) => listed && x.start >= listTo)) add(byName, person, 'ATTENDED', s, 'attendance.closing-list');
    const acts = actsIn(doc.text, s).filter((a) => (a.end <= listFrom || a.start >= listTo) && !inName.containing(a.start, a.end));
    let group: Found[] = [];
    let lastAct = s.start;
    let atMeeting: boolean | undefined; // 在会上 in the sentence: tested once, on the first statement
    for (const act of acts) {
      // a person after 为/向/给 is the act's beneficiary, not its subject (甲为乙举行欢迎仪式); after 受 the one who
      // delegated it (受甲委托，乙出席)
      const before = inS.filter((x) => x.end <= act.start && x.start >= lastAct && !OBJECT_MARK.test(doc.text[x.start - 1] ?? ''));
      if (before.length) group = before;
      lastAct = act.end;
      if (group.length === 0) continue;
      const role = toRole(act, doc.text.slice(Math.max(s.start, act.start - VIDEO_REACH), act.start));
      if (role === 'STATE') {
        // a statement is the person's own words only right after the name (甲指出, 甲在会上强调)
        const last = group[group.length - 1] as Found;
        if (!STATEMENT_GAP.test(doc.text.slice(last.end, act.start))) continue;
        atMeeting ??= AT_MEETING.test(doc.text.slice(s.start, s.end));
        for (const person of group) statements.push({ person, sentence: s, atMeeting });
        continue;
      }
      if (role) for (const person of group) add(byName, person, role, s);
    }
  }
  for (const st of statements) {
    const a = byName.get(st.person.name ?? st.person.text);
    if (a ? !a.roles.some((r) => SPEECH_ROLES.includes(r)) : st.atMeeting) add(byName, st.person, 'SPOKE', st.sentence, 'attendance.statement');
  }
  return [...byName.values()];
}

function toRole(act: Act, before: string): AttendanceRole | 'STATE' | null {
  if (act.role === 'STATE') return 'STATE';
  if (act.role === 'SPOKE' && VIDEO.test(before.slice(-VIDEO_REACH))) return 'VIDEO_SPEECH';
  if (act.role === 'PRESIDED' || act.role === 'SPOKE' || act.role === 'ATTENDED' || act.role === 'VIDEO_SPEECH') return act.role;
  if (act.role === 'HOST') return 'PRESIDED';
  return null;
}

function add(map: Map<string, FoundAttendance>, person: Found, role: AttendanceRole, s: Sentence, rule = 'attendance.act'): void {
  const key = person.name ?? person.text;
  const a = map.get(key) ?? { person, roles: [], evidence: { start: s.start, end: s.end }, rule };
  if (!a.roles.includes(role)) a.roles.push(role);
  map.set(key, a);
}
