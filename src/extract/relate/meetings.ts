// Meetings: a meeting-kind word (会议, 务虚会, 全会, 启动仪式 …) and the name written before it, reaching left over
// quoted titles (“…”), bracketed parts (（区委）), numbers and nouns, up to a clause break or a verb that
// introduces a meeting (召开, 举行, 出席 …). A bare kind (会议, 此次务虚会) refers back to a named meeting.
import { findDates, type DateContext } from '../dates.js';
import type { Found, Token } from '../types.js';
import { foundEndingAt, sentenceAt, type RelateContext } from './context.js';
import { WHEN, heldBy, hostedBy, mergeHeadlineMeetings } from './meeting-holders.js';
import { getLexicon } from '../../lexicon/lexicon.js';
import { SpanIndex, spanIndex } from '../span-index.js';
import { firstTokenEndingFrom } from '../tokens.js';
import { lastIndexWithin } from '../text-search.js';
import { MeetingNames } from './meeting-names.js';
import { ReportedByKind } from './reported-meetings.js';

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

const WEAK_KINDS = new Set(['活动']);
const DEICTIC = /^(?:此次|这次|本次|该次|那次|今年的|今天的|今年|今天|今日|这个|此|该|本|上述)/;
const BREAK = /[，,。；;：:！？!?、\n《》]/;
const MAX_NAME = 40;
const TAKES_PLACE_AFTER = new RegExp(`^${WHEN}(?:在[^，。；]{1,20})?(?:隆重|顺利|胜利)?(?:召开|举行|举办|开幕|闭幕)`);
const TAKES_PLACE_BEFORE = /(?:召开|举行|举办|主持召开|主持|出席|参加|列席|隆重举行|在)$/;

/** Meeting-kind words, longest first at each position, scanning left to right (a trie: linear in the text). */
function kindMatches(text: string): { start: number; end: number; kind: string }[] {
  const trie = getLexicon().meetingKinds.prefix;
  const out: { start: number; end: number; kind: string }[] = [];
  for (let i = 0; i < text.length; i++) {
    const m = trie.longestMatchAt(text, i);
    if (!m || m.end - m.start < 2) continue;
    // 务虚会 + 议: a kind ending in 会 written as …会议
    const end = text[m.end - 1] === '会' && text[m.end] === '议' ? m.end + 1 : m.end;
    out.push({ start: i, end, kind: m.value.kind });
    i = end - 1;
  }
  return out;
}

/** Verbs and adverbs that introduce a meeting name rather than belong to it (matched at a token's end). */
const INTRODUCERS = ['宣布', '祝贺', '落实', '贯彻', '学习', '按照', '发挥', '召开', '举行', '举办', '出席', '参加', '列席', '主持', '制定',
  '部署', '研究', '传达', '深入', '认真', '充分', '精心', '根据', '围绕', '通过', '开展', '组织', '筹备', '参与', '进行',
  '在', '于', '是', '为', '和', '与', '及', '的', '了', '由', '将', '到', '对', '把', '向', '从', '就', '经', '据'];
/** INTRODUCERS' last characters by code unit: a word ending in none of them ends in no introducer */
const INTRODUCER_LAST = new Uint8Array(0x10000);
for (const w of INTRODUCERS) INTRODUCER_LAST[w.charCodeAt(w.length - 1)] = 1;

/** The word ends with an introducer (the 47 endsWith only where the last character allows one). */
function endsWithIntroducer(word: string): boolean {
  return word.length > 0 && INTRODUCER_LAST[word.charCodeAt(word.length - 1)] === 1 && INTRODUCERS.some((w) => word.endsWith(w));
}
const STOP_TAGS = new Set(['v', 'z', 'd', 'p', 'c', 'u', 'r', 'ad', 'vd', 'uj', 'ul', 'uz', 'ug', 'ud', 'y', 'e']);
const OPEN: Record<string, string> = { '”': '“', '」': '「', '"': '"', '）': '（', ')': '(', '》': '《' };

/** The left edge of the name whose kind starts at `kindStart`: tokens leftwards until a break or an introducer. */
function nameStart(text: string, tokens: readonly Token[], kindStart: number, floor: number, people: SpanIndex<Found>): number {
  let i = kindStart;
  let k = firstTokenEndingFrom(tokens, kindStart);
  if (k < 0) return kindStart;
  const inside = tokens[k] as Token;
  if (inside.end > kindStart) {
    // the kind starts inside a token (主持会议): what the token has before it may introduce the name
    const head = text.slice(inside.start, kindStart);
    if (head && endsWithIntroducer(head)) return kindStart;
    k--;
  }
  while (k >= 0 && i > floor && kindStart - i < MAX_NAME) {
    const t = tokens[k] as Token;
    if (t.end > i) { k--; continue; }
    const open = OPEN[t.word];
    if (open) {
      // the opening mark, no further back than the name may reach
      const at = lastIndexWithin(text, open, Math.max(floor, t.start - MAX_NAME), t.start);
      if (at < 0) break;
      i = at;
      while (k >= 0 && (tokens[k] as Token).start > at) k--;
      if (k >= 0 && (tokens[k] as Token).start === at) k--;
      continue;
    }
    if (BREAK.test(t.word) || /^\s+$/.test(t.word) || t.word === '“' || t.word === '（' || t.word === '(') break;
    if (JOINERS.has(t.word) && joinsFields(tokens, k)) { i = t.start; k--; continue; }
    if (endsWithIntroducer(t.word)) break;
    if (people.overlaps(t.start, t.end)) break;
    // a verb that names a festival with 节 after it (丰收节, 读书节) is inside the name
    const festival = tokens[k + 1]?.word === '节' && t.word.length >= 2;
    if (STOP_TAGS.has(t.tag) && !festival && t.end !== kindStart && t.word.length >= 1 && !/^\d/.test(t.word)) break;
    i = t.start;
    k--;
  }
  // an anniversary's name begins at its 庆祝/纪念, over the verbs inside it (庆祝某国成立77周年招待会)
  if (ANNIVERSARY.test(text.slice(i, kindStart))) {
    const left = text.slice(Math.max(floor, i - MAX_NAME), i);
    const at = Math.max(left.lastIndexOf('庆祝'), left.lastIndexOf('纪念'));
    if (at >= 0 && !BREAK.test(left.slice(at))) i = i - left.length + at;
  }
  // a deictic word makes it a reference, not part of the name
  const m = DEICTIC.exec(text.slice(i, kindStart));
  return m ? i + m[0].length : i;
}

/** A name that starts with a count of years (77周年招待会) was cut at a verb inside it. */
const ANNIVERSARY = /^[0-9一二三四五六七八九十百]+周年/;

/** 与, 和, 及 joining two fields inside a name (商务与投资峰会), not two sides (甲与乙会谈). */
const JOINERS = new Set(['与', '和', '及']);
const FIELD_TAGS = new Set(['n', 'vn']);

function joinsFields(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return before !== undefined && after !== undefined && FIELD_TAGS.has(before.tag) && FIELD_TAGS.has(after.tag) && before.word.length >= 2 && after.word.length >= 2;
}

const clean = (s: string): string => s.replace(/[\s“”"「」]/g, '');

export function findMeetings(ctx: RelateContext, dateCtx: DateContext): FoundMeeting[] {
  const { doc, found } = ctx;
  const meetings: FoundMeeting[] = [];
  const references: { start: number; end: number; kind: string }[] = [];
  const people = new SpanIndex(found.filter((f) => f.type === 'person'));
  const named = new MeetingNames();
  for (const k of kindMatches(doc.text)) {
    const sentence = sentenceAt(doc, k.start);
    if (!sentence) continue;
    const start = nameStart(doc.text, sentence.tokens, k.start, sentence.start, people);
    const name = doc.text.slice(start, k.end).trim();
    if (start === k.start || name.length <= k.end - k.start + 1) { references.push(k); continue; }
    // the first meeting whose name is this one, ends with it or is its end
    const at = named.find(clean(name));
    const same = meetings[at];
    if (same) {
      same.mentions.push({ start, end: k.end });
      if (name.length > same.name.length) { Object.assign(same, { name, start, end: k.end }); named.set(at, clean(name)); }
      continue;
    }
    named.set(meetings.length, clean(name));
    meetings.push({ name, kind: k.kind, start, end: k.end, mentions: [{ start, end: k.end }], reported: false,
      startDate: null, endDate: null, organizer: null, place: null, evidence: sentence, rule: 'meeting.named' });
  }
  // named meetings are judged on their own mentions first; a bare reference (会议, 此次务虚会) then goes to the
  // reported meeting it can mean — the one named before it, else the first — and only failing that to a
  // meeting of the same kind that the reference itself may show taking place (主持会议)
  for (const m of meetings) judge(ctx, dateCtx, m, found);
  // look-ups for the references (one scan of the meetings per reference was quadratic in a long article)
  const fits = (m: FoundMeeting, kind: string): boolean => m.kind === kind || m.name.endsWith(kind) || kind === '会议';
  const reportedOf = new ReportedByKind(meetings, fits);
  const position = new Map(meetings.map((m, i) => [m, i]));
  const firstOfKind = new Map<string, FoundMeeting>();
  for (const m of meetings) if (!firstOfKind.has(m.kind)) firstOfKind.set(m.kind, m);
  for (const r of references) {
    const target = reportedOf.target(r.kind, r.start) ?? firstOfKind.get(r.kind) ?? heldBy(ctx, r, found);
    if (!target) continue;
    if (!position.has(target)) {
      position.set(target, meetings.length);
      meetings.push(target);
      if (!firstOfKind.has(target.kind)) firstOfKind.set(target.kind, target);
    }
    target.mentions.push({ start: r.start, end: r.end });
    if (!target.reported) {
      judge(ctx, dateCtx, target, found);
      if (target.reported) reportedOf.reported(position.get(target) as number);
    }
  }
  mergeHeadlineMeetings(doc, meetings);
  // a weak kind (活动) names an event only when reported or written as a title
  return meetings.filter((m) => m.reported || !WEAK_KINDS.has(m.kind) || /[“《"]/.test(m.name));
}

/** 在某会上的重要讲话, 在某会上的指示: what was said at an earlier meeting. */
const SPOKEN_AT = /^上的[^，。；]{0,6}(?:讲话|指示|批示|精神|报告)/;

/**
 * How many of a meeting's first mentions were judged and report nothing: a meeting judged again (a reference added a
 * mention) is judged from there, not from its first mention again (that was quadratic in a long article). Mentions
 * are only ever added at the end, and what a mention says depends on its sentence alone.
 */
const judgedUpTo = new WeakMap<FoundMeeting, number>();

/** Whether the article reports the meeting taking place, its dates, organizer and place. */
function judge(ctx: RelateContext, dateCtx: DateContext, m: FoundMeeting, found: readonly Found[]): void {
  const { doc } = ctx;
  for (let i = judgedUpTo.get(m) ?? 0; i < m.mentions.length; i++) {
    const mention = m.mentions[i] as { start: number; end: number };
    const s = sentenceAt(doc, mention.start);
    if (!s) continue;
    const after = doc.text.slice(mention.end, s.end);
    const before = doc.text.slice(s.start, mention.start);
    // the verbs of TAKES_PLACE_BEFORE end the text before the name, spaces aside: the last characters are enough
    let end = mention.start;
    while (end > s.start && /\s/.test(doc.text[end - 1] as string)) end--;
    const happens = TAKES_PLACE_AFTER.test(after) || TAKES_PLACE_BEFORE.test(doc.text.slice(Math.max(s.start, end - 4), end));
    // …精神, or a speech given at it (在某大会上的重要讲话精神): a meeting referred to, not reported
    if (!happens || /^的召开|^精神/.test(after) || SPOKEN_AT.test(after)) continue;
    m.reported = true;
    m.evidence = s;
    // a date before the name, or right after it (某某会议17日在京召开), or a relative one (今天上午)
    const dates = findDates(doc.text, dateCtx, s.start, s.end).filter((d) => d.start < mention.start || d.start === mention.end || d.rule === 'date.relative');
    const d = dates[dates.length - 1];
    if (d) { m.startDate = d.startDate; m.endDate = d.endDate; }
    const verb = /(?:召开|举行|举办)/.exec(before);
    // the body before the verb organises it, not the hall it is held in (在某厅举行)
    const holder = verb ? foundEndingAt(found, s.start + verb.index, ['organization', 'place']) : undefined;
    if (holder && !m.organizer && doc.text[holder.start - 1] !== '在') m.organizer = holder;
    const at = /在([^，。；]{2,20}?)(?:召开|举行|举办)/.exec(doc.text.slice(s.start, s.end));
    if (at) m.place = spanIndex(found).startingAt(s.start + at.index + 1).find((f) => f.type === 'place') ?? null;
    break;
  }
  if (!m.reported) judgedUpTo.set(m, m.mentions.length);
  if (m.reported && !m.startDate) {
    // the article reports it without a date of its own: the date its lead gives (4月10日至11日，某某在某地调研 …
    // 在某地期间主持召开座谈会), else the article's date
    const lead = doc.sentences[0];
    const d = lead && lead.end <= m.evidence.start ? findDates(doc.text, dateCtx, lead.start, lead.end)[0] : undefined;
    m.startDate = d?.startDate ?? doc.date;
    m.endDate = d ? d.endDate : doc.date;
  }
  if (m.reported && !m.organizer) m.organizer = hostedBy(ctx, m.evidence, found) ?? null;
}
