// Attendance: who did what at a reported meeting, by the role table of ARCHITECTURE.md. In a sentence, the
// people named since the last act form a group; an act word (主持, 出席, 讲话, 视频讲话 …) gives its role to the
// whole group, and acts joined by 并/和 apply to the same group ("A、B出席会议并发言"). Statements (指出, 强调)
// give SPOKE only to people already at the meeting who have no speech of their own, or when said 在会上.
// People only mentioned (a speech studied, an instruction read out) get nothing.
import type { AttendanceRole } from '../record.js';
import type { Found, Sentence, Token } from '../types.js';
import { peopleIn, type RelateContext } from './context.js';
import { getLexicon } from '../../lexicon/lexicon.js';
import type { VerbRole } from './words.js';
import { CLOSING_LIST } from '../closing-list.js';
import { SpanIndex } from '../span-index.js';
import { tokenCovering } from '../tokens.js';
import { charTable, hasCharAt } from '../recognise/char-table.js';
import { pronounStatementEnd, subjectOf } from './pronoun-subject.js';
import { HEARD_CUE, heardReports } from './heard-reports.js';

export interface FoundAttendance {
  person: Found;
  roles: AttendanceRole[];
  evidence: { start: number; end: number };
  rule: string;
  /** the key of the meeting it belongs to, where it is not the one its sentence names (参加上述活动) */
  meeting?: string;
}

const SPEECH_ROLES: AttendanceRole[] = ['SPOKE', 'VIDEO_SPEECH'];
/** an act word followed by these is not an act (讲话精神, 出席人员) */
const NOT_AN_ACT_AFTER = /^(?:精神|要求|内容|人员|名单|情况|的)/;
const NOT_AN_ACT_BEFORE = /(?:的|学习|传达|贯彻|宣读|根据|按照|领会|听取了?|听)(?:重要)?$/;
/** what may stand between a name and the statement verb: 同志, 在会上, 在讲话中, 还, 进一步 … */
const STATEMENT_GAP = /^(?:同志)?(?:在[^，。；]{0,10}?(?:上|中|时))?[，,]?(?:还|也|再次|进一步|同时|特别|明确|首先|最后|当场|现场|随即|当即)?$/;
/** 等 (+ a count, a level, a body) before a post names the group just listed (甲，乙等区委常委出席, 甲、乙等6名党（工）委书记现场述职),
 * not someone new */
const GROUP_AFTER_DENG = /等[^，。；、]{0,10}$/;
/** how far before a post 等 is looked for (等14名村党组织书记: a count and the body of the post stand between) */
const DENG_REACH = 12;
/** a post held by many, not by someone unread: 各乡镇…主席, 有关部门负责同志, 负责人们 */
const MANY_BEFORE = /(?:各|有关|相关|部分|全体|其他)[^，。；、]{0,8}$/;
const MANY_AFTER = /^(?:同志|们|等)/;

/** The title stands for an unnamed group of people (…负责同志及各乡镇人大主席团主席列席会议), not one person unread. */
function unnamedGroup(text: string, t: { start: number; end: number }, floor: number): boolean {
  return MANY_BEFORE.test(text.slice(Math.max(floor, t.start - 10), t.start)) || MANY_AFTER.test(text.slice(t.end, t.end + 2));
}

/** person-verbs.tsv words that close a list of people (甲，乙等县领导，丙出席): the act after them is the whole list's */
const LIST_CLOSERS: ReadonlySet<string> = new Set(['等', '等人', '同志', '一行']);
/** 主持(会议|议事会…)的是 + the chair (a title chain may stand before the name) */
const CHAIRED_IS = /主持[^，。；、]{0,8}?的是/;
/** how far after 的是 the chair's name may start (over a title chain: 海晏社区党委书记) */
const CHAIR_REACH = 16;

/** the acts' object is every event the article reported before (参加上述活动, 出席以上活动, 参加相关活动) */
const ALL_ABOVE = /^(?:了)?(?:上述|以上|前述|相关|有关|这两次|两次|两场|两个)(?:活动|会议|仪式)/;
/** a reception or talks as the object of an act, and another act joined to it (参加会见并出席…) */
const TALK_THEN = /^(?:了)?(?:会见|会谈)(?:并|和|、)/;
const AT_MEETING = /在(?:会|会议|大会|开幕式|仪式|座谈会)上|会上/;
const VIDEO = /视频|线上|远程|连线/;
/** how far before a speech VIDEO is looked for */
const VIDEO_REACH = 12;
const JOINING = /(?:参加|出席|陪同|列席)$/;
/** 为/向/给/替/受/对 before a person, by code unit (no one-character string per person and act) */
const OBJECT_MARKS = charTable('为向给替受对');

/** 受 + the delegator's posts and name + 委托: the one who delegated an act (受县长甲委托，乙主持), never its subject. */
const DELEGATED = /受[^，。；,;受]{0,30}$/;
const DELEGATED_AFTER = /^(?:同志)?(?:的)?委托/;

/** The person stands between 受 and 委托 in their clause (受县委副书记、县长甲委托). */
function delegatorAt(text: string, s: Sentence, x: Found): boolean {
  return DELEGATED_AFTER.test(text.slice(x.end, x.end + 4)) && DELEGATED.test(text.slice(Math.max(s.start, x.start - 31), x.start));
}
/** what follows 作 in a speech with its object inside: 关于…的报告, 重要讲话, 专题辅导报告, 说明, 具体部署 */
const SPEECH_OBJECT = /^[^，。；：:,;]{0,40}?(?:报告|讲话|发言|说明|致辞|演讲|部署|安排|点评|讲解|解读|推介|辅导|回应)/;
/** the longest text SPEECH_OBJECT matches: 40 characters and the noun */
const SPEECH_OBJECT_REACH = 42;

interface Act { start: number; end: number; role: VerbRole }

/** The act words of a sentence, left to right; none starts inside a person's name (提 of 某某·麦麦提 + 出席). */
function actsIn(text: string, s: Sentence, people: readonly Found[]): Act[] {
  const trie = getLexicon().personVerbs.prefix;
  const acts: Act[] = [];
  let next = 0; // people are in text order: the first that may still hold i
  // only the positions where a verb's first character stands are read (the trie's table, in one loop)
  for (let i = trie.nextStart(text, s.start, s.end); i < s.end; i = trie.nextStart(text, i + 1, s.end)) {
    while (next < people.length && (people[next] as Found).end <= i) next++;
    const inside = people[next];
    if (inside && inside.start <= i) { i = inside.end - 1; continue; }
    const m = trie.longestMatchAt(text, i, s.end);
    if (!m) continue;
    // 作 inside a word (政府工作报告: 工作 + 报告, no 作报告) is no act, unless jieba glued it to a name (某某作报告); the
    // words after it are still read (工作 + 发言: 作发言 is no act, 发言 is)
    if (inWord(text, s, m.start, people)) continue;
    const role = m.value.role as VerbRole;
    i = m.end - 1;
    if (NOT_AN_ACT_AFTER.test(text.slice(m.end, Math.min(s.end, m.end + 4))) || NOT_AN_ACT_BEFORE.test(text.slice(Math.max(s.start, m.start - 6), m.start))) continue;
    // 参加会见, 陪同会见: the host's word after a joining verb is the joiner's object, not an act of hosting
    if (role === 'HOST' && JOINING.test(text.slice(Math.max(s.start, m.start - 2), m.start))) continue;
    acts.push({ start: m.start, end: m.end, role });
  }
  // 作关于…的报告, 作了…说明: a speech whose object stands between 作 and its noun (作 must be a word of its own:
  // 工作报告 and 合作 are no act)
  // (every reading below has 作 or 做 in the token: only the tokens holding one are read)
  for (const k of zuoTokens(text, s)) {
    const t = s.tokens[k] as Token;
    // 作 as a word, or glued by jieba to the name before it (某某某作/x, 邢某/生作): 作 right after a person's name
    const own = t.word === '作' || t.word === '做' || t.word === '作了' || t.word === '做了';
    // 作 glued to the name before it: looked for only in a token that holds 作 or 做 past its start
    const gluedAt = !own && /[作做]/.test(t.word.slice(1)) ? people.find((p) => p.end > t.start && p.end < t.end && (text[p.end] === '作' || text[p.end] === '做'))?.end : undefined;
    // …or glued to the word after it, right after a name (某某/作镇/人大主席团工作报告)
    const leading = !own && gluedAt === undefined && t.word.length >= 2 && (t.word[0] === '作' || t.word[0] === '做') && people.some((p) => p.end === t.start);
    if (!own && !leading && gluedAt === undefined && !(t.tag === 'x' && t.word.length >= 3 && (t.word.endsWith('作') || t.word.endsWith('做')))) continue;
    const at = own || leading ? t.start : gluedAt ?? t.end - 1;
    const from = leading ? t.start + 1 : t.end;
    const m = SPEECH_OBJECT.exec(text.slice(from, Math.min(s.end, from + SPEECH_OBJECT_REACH)));
    if (!m) continue;
    // a statement or visit word that is the speech's noun (作具体部署: 部署; 作调研报告: 调研) is part of the speech, not
    // an act of its own
    const overlaps = (a: Act): boolean => a.start < from + m[0].length && a.end > at;
    if (acts.some((a) => overlaps(a) && a.role !== 'STATE' && a.role !== 'VISIT' && a.role !== 'NONE')) continue;
    for (let j = acts.length - 1; j >= 0; j--) if (overlaps(acts[j] as Act)) acts.splice(j, 1);
    acts.push({ start: at, end: from + m[0].length, role: 'SPOKE' });
  }
  acts.sort((a, b) => a.start - b.start);
  return acts;
}

const ZUO = '作'.charCodeAt(0);
const ZUO2 = '做'.charCodeAt(0);

/** The positions of the sentence's tokens that hold 作 or 做, in order: found in its text (the tokens cover it). */
function zuoTokens(text: string, s: Sentence): number[] {
  const out: number[] = [];
  for (let i = s.start; i < s.end; i++) {
    const c = text.charCodeAt(i);
    if (c !== ZUO && c !== ZUO2) continue;
    const k = tokenCovering(s, i);
    if (k >= 0 && (out.length === 0 || out[out.length - 1] !== k)) out.push(k); // (no read at -1)
  }
  return out;
}

/** 作/做 that jieba reads inside a word begun before it (工作, 合作) and that no name ends right before. */
function inWord(text: string, s: Sentence, at: number, people: readonly Found[]): boolean {
  if (text.charCodeAt(at) !== ZUO && text.charCodeAt(at) !== ZUO2) return false;
  const i = tokenCovering(s, at);
  const t = i >= 0 ? s.tokens[i] : undefined;
  return t !== undefined && t.start < at && t.tag !== 'x' && !t.tag.startsWith('nr') && !people.some((p) => p.end === at) &&
    !JOINED_BEFORE_ZUO.has(text.slice(t.start, at));
}

/** what jieba joins to 作 with no word made (并作, 再作, 分别作): the act stands */
const JOINED_BEFORE_ZUO: ReadonlySet<string> = new Set(['并', '再', '又', '还', '也', '均', '分别', '先后', '同时', '随后', '依次', '逐一']);

/**
 * Roles per person and meeting for the article's reported meetings, in order of first appearance. `names` are the
 * spans of meeting names: act words inside them (启动 in 启动仪式) are not acts. `meetingOf` says which meeting a
 * sentence's acts belong to, so that one person's acts at two meetings of the article stay two attendances.
 */
export function findAttendance(ctx: RelateContext, names: readonly { start: number; end: number }[] = [], known: readonly FoundAttendance[] = [],
  meetingOf: (s: { start: number; end: number }) => string = () => '', everyMeeting: (s: { start: number; end: number }) => string[] = () => [],
  talkBefore: (s: { start: number; end: number }) => string | null = () => null): FoundAttendance[] {
  const { doc, found } = ctx;
  const people = peopleIn(ctx);
  const titles = new SpanIndex(found.filter((f) => f.type === 'position').sort((a, b) => a.start - b.start));
  const inName = new SpanIndex(names);
  const saidAtMeeting = atMeetingBySentence(doc.text, doc.sentences);
  // the phrases read per sentence below, tested once on the whole text: most articles hold none of them
  const mayList = CLOSING_LIST.test(doc.text);
  const mayChair = CHAIRED_IS.test(doc.text);
  const mayHear = doc.text.includes(HEARD_CUE);
  // the meeting of the sentence asked last, kept: a sentence's people and acts ask for it again and again
  let keyed: { start: number; end: number } | undefined;
  let meetingKey = '';
  const keyOf = (person: Found, s: { start: number; end: number }): string => {
    if (s !== keyed) { keyed = s; meetingKey = meetingOf(s); }
    return `${meetingKey}|${person.name ?? person.text}`;
  };
  // `known`: attendance another pattern already established (the sides of talks), so statements count for them
  const byName = new Map<string, FoundAttendance>(known.map((a) => [keyOf(a.person, a.evidence), { ...a, roles: [...a.roles] }]));
  const statements: { person: Found; sentence: Sentence; atMeeting: boolean }[] = [];
  // who attended by a word that says so (出席, 参加, a closing list), and who only by an act done there (揭牌, 颁发)
  const attended = new Set<string>();
  const tookPart = new Set<string>();
  // the sentences where someone acted at the meeting (出席, 主持会议): a statement in one (市长某某通报有关情况) is made there
  const actedIn = new Set<Sentence>();
  // the subject of the last sentence that named someone, for 他说 / 她强调 after it
  let subject: Found | null = null;
  for (const s of doc.sentences) {
    const inS = people.within(s.start, s.end);
    if (inS.length === 0) {
      if (subject && pronounStatementEnd(doc.text, s) >= 0) statements.push({ person: subject, sentence: s, atMeeting: saidAtMeeting.get(s) === true });
      continue;
    }
    subject = subjectOf(doc.text, s, inS);
    const listed = mayList ? CLOSING_LIST.exec(doc.text.slice(s.start, s.end)) : null;
    const listFrom = listed ? s.start + listed.index : s.end;
    const listTo = listed ? listFrom + listed[0].length : s.end;
    // 出席会议的(还)有A、B、C: everyone named after the phrase attended
    if (listed) for (const person of inS.filter((x) => x.start >= listTo)) { add(byName, person, 'ATTENDED', s, 'attendance.closing-list'); attended.add(keyOf(person, s)); }
    // an act word inside a name is part of the name (任 of 任某某, 主 of 主某某), as inside a meeting's name (启动仪式) or
    // a title (任 of 主任)
    // 主持会议的是甲: the one named right after the phrase presided (its 主持 is no act of the people before)
    const chaired = mayChair ? CHAIRED_IS.exec(doc.text.slice(s.start, s.end)) : null;
    const chairFrom = chaired ? s.start + chaired.index : s.end;
    const chairTo = chaired ? chairFrom + chaired[0].length : s.end;
    const chair = chaired ? inS.find((x) => x.start >= chairTo && x.start - chairTo <= CHAIR_REACH) : undefined;
    if (chair) add(byName, chair, 'PRESIDED', s, 'attendance.chaired-is');
    // (a word that closes a list of people, 等 or 一行, is no act: the people before it join the act after it)
    const acts = actsIn(doc.text, s, inS).filter((a) => !LIST_CLOSERS.has(doc.text.slice(a.start, a.end)) && (a.end <= listFrom || a.start >= listTo) && (a.end <= chairFrom || a.start >= chairTo) && !inName.containing(a.start, a.end) &&
      !people.overlaps(a.start, a.end) && !titles.containing(a.start, a.end));
    // 听取了甲关于…的汇报: the meeting heard 甲's report
    if (mayHear) for (const h of heardReports(doc.text, s, inS)) add(byName, h.person, 'SPOKE', s, 'attendance.heard-report');
    let group: Found[] = [];
    let lastAct = s.start;
    for (const act of acts) {
      // a person after 为/向/给 is the act's beneficiary, not its subject (甲为乙举行欢迎仪式); after 受 the one who
      // delegated it (受甲委托，乙出席)
      // (…or with the posts between: 受县长、指挥长甲委托，乙主持)
      // (…nor one named inside the meeting's own name: 某某同志遗体告别仪式 mourns him)
      const before = inS.filter((x) => x.end <= act.start && x.start >= lastAct && !hasCharAt(OBJECT_MARKS, doc.text, x.start - 1) && !delegatorAt(doc.text, s, x) && !inName.containing(x.start, x.end));
      if (before.length) group = before;
      // a post written since the last act, with no name read after it, is someone else's act (…，区长某某出席 where 某某
      // was not read): the earlier group does not take it
      else if (titles.within(lastAct, act.start).some((t) => !GROUP_AFTER_DENG.test(doc.text.slice(Math.max(lastAct - 1, t.start - DENG_REACH, 0), t.start)) &&
        !unnamedGroup(doc.text, t, lastAct))) group = [];
      lastAct = act.end;
      if (group.length === 0) continue;
      const role = toRole(act, doc.text.slice(Math.max(s.start, act.start - VIDEO_REACH), act.start));
      if (role === 'STATE') {
        // a statement is the person's own words only right after the name (甲指出, 甲在会上强调)
        const last = group[group.length - 1] as Found;
        if (!STATEMENT_GAP.test(doc.text.slice(last.end, act.start))) continue;
        for (const person of group) statements.push({ person, sentence: s, atMeeting: saidAtMeeting.get(s) === true });
        continue;
      }
      const given: AttendanceRole | null = role === 'TOOK_PART' ? 'ATTENDED' : role;
      if (given) actedIn.add(s);
      if (given) for (const person of group) {
        add(byName, person, given, s);
        if (role === 'TOOK_PART') tookPart.add(keyOf(person, s));
        else if (role === 'ATTENDED') attended.add(keyOf(person, s));
      }
      // 参加上述活动: every reported meeting the article names before
      if (given && ALL_ABOVE.test(doc.text.slice(act.end, Math.min(s.end, act.end + 8)))) {
        for (const key of everyMeeting(s)) for (const person of group) addTo(key, person, given, s);
      }
      // 参加会见并出席签约仪式: the reception told before, and the event the next act names
      const talk = given && TALK_THEN.test(doc.text.slice(act.end, Math.min(s.end, act.end + 4))) ? talkBefore(s) : null;
      if (talk !== null && talk !== meetingOf(s)) for (const person of group) addTo(talk, person, given as AttendanceRole, s);
    }
  }
  for (const st of statements) {
    const a = byName.get(keyOf(st.person, st.sentence));
    if (a ? !a.roles.some((r) => SPEECH_ROLES.includes(r)) : st.atMeeting || actedIn.has(st.sentence)) add(byName, st.person, 'SPOKE', st.sentence, 'attendance.statement');
  }
  // an act done at the event (揭牌, 颁发, 签约) says the person was there: nothing more where they presided or spoke
  for (const key of tookPart) {
    const a = byName.get(key);
    if (!a || attended.has(key) || !a.roles.some((r) => r === 'PRESIDED' || SPEECH_ROLES.includes(r))) continue;
    a.roles.splice(a.roles.indexOf('ATTENDED'), 1);
  }
  return [...byName.values()];

  function add(map: Map<string, FoundAttendance>, person: Found, role: AttendanceRole, s: Sentence, rule = 'attendance.act'): void {
    const key = keyOf(person, s);
    const a = map.get(key) ?? { person, roles: [], evidence: { start: s.start, end: s.end }, rule };
    if (!a.roles.includes(role)) a.roles.push(role);
    map.set(key, a);
  }

  /** `add` for the meeting of key `meeting` (not the one the sentence belongs to). */
  function addTo(meeting: string, person: Found, role: AttendanceRole, s: Sentence): void {
    const key = `${meeting}|${person.name ?? person.text}`;
    const a = byName.get(key) ?? { person, roles: [], evidence: { start: s.start, end: s.end }, rule: 'attendance.act', meeting };
    if (!a.roles.includes(role)) a.roles.push(role);
    byName.set(key, a);
  }
}

/**
 * Per sentence, whether it is placed at the meeting: it says 会上 / 在会上 itself, or an earlier sentence of its
 * paragraph does (会上，常委们先后发言。某某建议，…). One pass over the sentences, a paragraph ending at a line break.
 */
function atMeetingBySentence(text: string, sentences: readonly Sentence[]): Map<Sentence, boolean> {
  const out = new Map<Sentence, boolean>();
  // no sentence says it when the text does not (a sentence not in the map is not placed at the meeting)
  if (!AT_MEETING.test(text)) return out;
  let said = false;
  let prevEnd = 0;
  for (const s of sentences) {
    if (text.slice(prevEnd, s.start).includes('\n')) said = false;
    said ||= AT_MEETING.test(text.slice(s.start, s.end));
    out.set(s, said);
    prevEnd = s.end;
  }
  return out;
}

function toRole(act: Act, before: string): AttendanceRole | 'STATE' | 'TOOK_PART' | null {
  if (act.role === 'STATE' || act.role === 'TOOK_PART') return act.role;
  if (act.role === 'SPOKE' && VIDEO.test(before.slice(-VIDEO_REACH))) return 'VIDEO_SPEECH';
  if (act.role === 'PRESIDED' || act.role === 'SPOKE' || act.role === 'ATTENDED' || act.role === 'VIDEO_SPEECH') return act.role;
  if (act.role === 'HOST') return 'PRESIDED';
  return null;
}

