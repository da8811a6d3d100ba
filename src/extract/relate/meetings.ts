// Meetings: a meeting-kind word (会议, 务虚会, 全会, 启动仪式 …) and the name written before it, reaching left over
// quoted titles (“…”), bracketed parts (（区委）), numbers and nouns, up to a clause break or a verb that
// introduces a meeting (召开, 举行, 出席 …). A bare kind (会议, 此次务虚会) refers back to a named meeting.
import { findDates, type DateContext } from '../dates.js';
import type { Found, Token } from '../types.js';
import { foundEndingAt, peopleIn, sentenceAt, type RelateContext } from './context.js';
import { CHAIRED_BY, CLAUSE_TIME, WHEN, chairedKind, heldBy, hostedBy, leadEvent, mergeHeadlineMeetings } from './meeting-holders.js';
import { getLexicon } from '../../lexicon/lexicon.js';
import { SpanIndex, spanHolding, spanIndex } from '../span-index.js';
import { firstTokenEndingFrom } from '../tokens.js';
import { lastIndexWithin } from '../text-search.js';
import { MeetingNames } from './meeting-names.js';
import { ReportedByKind } from './reported-meetings.js';
import { DIRECTIVE_BEFORE, NOT_THIS_SITTING_BEFORE } from '../directive-words.js';
import { plenumKey } from './plenum-key.js';
import { meetingVerbPattern, meetingVerbs } from '../meeting-verbs.js';

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
/** kinds of events that a bare 会议 never refers to */
const NOT_A_MEETING_KIND = new Set(['仪式', '宴会', '展会', '活动', '会见', '招待会']);
const DEICTIC = /^(?:此次|这次|本次|该次|那次|一场|一次|这两次|两次|两场|今年的|今天的|今年|今天|今日|这个|此|该|本|上述|以上|相关|有关)/;
const BREAK = /[，,。；;：:！？!?、\n《》…｜|]/;
/** a dash: one joins two regions inside a name (某区—某县协作联席会议), two (——) set a subtitle apart */
const DASH = /^[—―─]+$/;
const MAX_NAME = 40;
const TAKES_PLACE_AFTER = new RegExp(`^[，,]?(?:${WHEN}(?:在[^，。；]{1,20})?(?:隆重|顺利|胜利)?(?:${meetingVerbPattern('hold', 'opens', 'closes', 'begins')})|${CHAIRED_BY})`);
const TAKES_PLACE_BEFORE = new RegExp(`(?:(?:${meetingVerbPattern('hold', 'joins', 'lectures')})了?|(?<!将)(?:${meetingVerbPattern('hold')})的|在)$`);

/** What follows an event after 在 when 在 opens a field (在某某竞赛、某某等方面, 在某某活动中取得): no report of it. */
const IN_A_FIELD = /^(?:[、和及与]|等方面|方面|领域|等领域|中取得|中获得|中荣获)/;

/** what follows a meeting word in the name of a room or building (会议室, 会议中心, 会议厅, 会议楼, 人民大会堂) */
const ROOM_AFTER = /^(?:室|厅|中心|楼|大厦|馆|桌|堂)/;

/** Meeting-kind words, longest first at each position, scanning left to right (a trie: linear in the text). */
function kindMatches(text: string): { start: number; end: number; kind: string }[] {
  const trie = getLexicon().meetingKinds.prefix;
  const out: { start: number; end: number; kind: string }[] = [];
  // (only where a kind's first character stands: one read of the trie's table per other position)
  for (let i = trie.nextStart(text, 0, text.length); i < text.length; i = trie.nextStart(text, i + 1, text.length)) {
    const m = trie.longestMatchAt(text, i);
    if (!m || m.end - m.start < 2) continue;
    // (a party body's sitting written short, 党委会, is no kind before 议: 镇党委会议 is the body's 会议)
    if (text[m.end] === '议' && PARTY_SITTINGS.has(text.slice(m.start, m.end))) continue;
    // 务虚会 + 议: a kind ending in 会 written as …会议
    const end = text[m.end - 1] === '会' && text[m.end] === '议' ? m.end + 1 : m.end;
    // a room or hall named for meetings is a place (县政府一楼东会议室, 会议中心, 报告厅)
    if (ROOM_AFTER.test(text.slice(end, end + 2))) { i = end - 1; continue; }
    out.push({ start: i, end, kind: m.value.kind });
    i = end - 1;
  }
  return out;
}

/** A party body's sitting written short (meeting-kinds.tsv): 学院党委会, 局党组会, 村支委会. */
const PARTY_SITTINGS: ReadonlySet<string> = new Set(['党委会', '党组会', '党工委会', '支委会']);

/** Introducers that also name a field of work before 工作 (组织工作: a party's personnel work). */
const FIELD_VERBS = new Set(['组织']);

/**
 * Kinds of organisation written before 组织 (村级组织, 基层党组织, 社会组织): 组织 is then the noun a meeting's
 * name is for (村级组织负责人会议, 党组织书记会议), not the verb that organises it (工会组织职工运动会).
 */
const ORGANISATION_KINDS: ReadonlySet<string> = new Set(['党', '村', '村级', '基层', '基层党', '村党', '社会', '群团', '群众', '经济', '集体经济', '农村', '社区', '两新', '新经济', '新社会', '非公', '团', '工会']);

/** The token at k is 组织 after a kind of organisation (村级 + 组织) or a word of jieba's ending so (党组织, 村党组织). */
function organisationNoun(tokens: readonly Token[], k: number): boolean {
  const w = (tokens[k] as Token).word;
  if (!w.endsWith('组织')) return false;
  return w.length > 2 ? ORGANISATION_KINDS.has(w.slice(0, -2)) : ORGANISATION_KINDS.has(tokens[k - 1]?.word ?? '');
}

/** Verbs and adverbs that introduce a meeting name rather than belong to it (matched at a token's end). */
const INTRODUCERS = [...meetingVerbs('hold', 'joins', 'lectures'), '宣布', '祝贺', '落实', '贯彻', '学习', '按照', '发挥', '制定',
  '部署', '研究', '传达', '深入', '认真', '充分', '精心', '根据', '围绕', '通过', '开展', '组织', '筹备', '参与', '进行',
  '在', '于', '是', '为', '和', '与', '及', '的', '了', '由', '将', '到', '对', '把', '向', '从', '就', '经', '据'];
/** INTRODUCERS' last characters by code unit: a word ending in none of them ends in no introducer */
const INTRODUCER_LAST = new Uint8Array(0x10000);
for (const w of INTRODUCERS) INTRODUCER_LAST[w.charCodeAt(w.length - 1)] = 1;

/** The word ends with an introducer (the 47 endsWith only where the last character allows one). */
function endsWithIntroducer(word: string): boolean {
  return word.length > 0 && INTRODUCER_LAST[word.charCodeAt(word.length - 1)] === 1 && INTRODUCERS.some((w) => word.endsWith(w));
}
/** Tags of a word of jieba's that holds a kind and names the meeting whole (开学典礼/nz, 毕业典礼/n), not a name's (nr). */
const NAME_WORD_TAGS = new Set(['n', 'nz', 'nt', 'j', 'l', 'vn', 'i']);
const STOP_TAGS = new Set(['v', 'z', 'd', 'p', 'c', 'u', 'r', 'ad', 'vd', 'uj', 'ul', 'uz', 'ug', 'ud', 'y', 'e']);
/** closing mark → its opening mark (a Map: a plain object's key look-up interns the word looked up) */
const OPEN: ReadonlyMap<string, string> = new Map([['”', '“'], ['」', '「'], ['"', '"'], ['）', '（'], [')', '('], ['》', '《']]);

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
    // …else, in a noun of jieba's, it is the name's own (开学/典礼 of 开学典礼/nz, 毕业/典礼 of 毕业典礼/n)
    if (head && NAME_WORD_TAGS.has(inside.tag)) i = inside.start;
    k--;
  }
  while (k >= 0 && i > floor && kindStart - i < MAX_NAME) {
    const t = tokens[k] as Token;
    if (t.end > i) { k--; continue; }
    // (every closing mark is one character: a longer word is not looked up)
    const open = t.word.length === 1 ? OPEN.get(t.word) : undefined;
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
    if (DASH.test(t.word) && (t.word.length > 1 || DASH.test(tokens[k - 1]?.word ?? '') || DASH.test(tokens[k + 1]?.word ?? ''))) break;
    if (JOINERS.has(t.word) && joinsFields(tokens, k)) { i = t.start; k--; continue; }
    // 组织 before 工作 is the field, not the verb (全县组织工作会议)
    if (endsWithIntroducer(t.word) && !(FIELD_VERBS.has(t.word) && tokens[k + 1]?.word === '工作') && !organisationNoun(tokens, k)) break;
    if (people.overlaps(t.start, t.end)) break;
    // a verb that names a festival with 节 after it (丰收节, 读书节) is inside the name
    const festival = tokens[k + 1]?.word === '节' && t.word.length >= 2;
    // …and a verb before 工作 names the field of work the meeting is on (对口支援工作座谈会, 乡村振兴工作会议)
    const field = tokens[k + 1]?.word === '工作' && t.word.length >= 2 && t.tag === 'v';
    // 届 (a term: 十八届人大) is inside a session's name, whatever jieba tags it
    if (STOP_TAGS.has(t.tag) && !festival && !field && t.word !== '届' && t.end !== kindStart && t.word.length >= 1 && !/^\d/.test(t.word)) break;
    i = t.start;
    k--;
  }
  // a name right after 召开/举行/举办 runs back to it over the verbs inside it (召开民族团结进步创建工作座谈会): between
  // the two stand only words, no break, no other introducer, no person; with none, a name right after 暨 runs back to it
  i = overVerbsToHolder(text, tokens, i, floor, people);
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

/** Tags of words a meeting's name never holds: prepositions, conjunctions, pronouns, particles. */
const NOT_IN_NAME = new Set(['p', 'c', 'r', 'u', 'uj', 'ul', 'uz', 'ug', 'ud', 'uv', 'y', 'e', 'o']);
/** The verbs that hold a meeting (召开, 举行, 举办): the first of them in a sentence before a meeting's name. */
const HOLD_VERB = new RegExp(meetingVerbPattern('hold'));
/** The verbs that hold a meeting, right before its name (two characters each: the text's last two are read). */
const HOLDING = new RegExp(`(?:${meetingVerbPattern('hold', 'convene')})$`);

/** Verbs that open a meeting's theme inside its name, right after the verb that holds it (召开 + 学习贯彻…精神 + 民主生活会). */
const THEME_VERBS = new Set(['学习', '贯彻', '学习贯彻', '深入学习', '落实', '贯彻落实']);

function overVerbsToHolder(text: string, tokens: readonly Token[], i: number, floor: number, people: SpanIndex<Found>): number {
  // the token holding offset i - 1: the first that ends at i or after, if it starts before i (a binary search)
  const at = firstTokenEndingFrom(tokens, i);
  let k = at >= 0 && (tokens[at] as Token).start < i ? at : -1;
  let j = i;
  // (where a 暨 passed on the way stands: the second part of a joint event begins after it when the walk finds no
  // holder, 启动仪式暨高层建筑灭火救援实战演练; with a holder, 召开平安建设暨信访维稳工作推进会, the name is whole)
  let fallback = i;
  for (let n = 0; n < 8 && k >= 0; n++, k--) {
    const t = tokens[k] as Token;
    if (t.end > j) continue;
    if (t.start < floor || BREAK.test(t.word) || /^\s+$/.test(t.word) || people.overlaps(t.start, t.end)) return fallback;
    // (…or the verb and 了: 举行了 + the name)
    if (HOLDING.test(text.slice(Math.max(floor, t.end - 2), t.end)) || (t.word === '了' && HOLDING.test(text.slice(Math.max(floor, t.start - 2), t.start)))) return j;
    if (t.word === '暨') { if (fallback === i) fallback = j; j = t.start; continue; }
    // 和/与/及 between two words of the name's subject (耕地保护和违法占地整治) stays inside it
    // and the word before it is the first of the two, even a verb that elsewhere introduces a name (组织和宣传)
    const joins = JOINERS.has(t.word) && wordsAround(tokens, k);
    const firstOfTwo = t.word.length >= 2 && JOINERS.has(tokens[k + 1]?.word ?? '') && wordsAround(tokens, k + 1);
    // (学习贯彻 opens a theme the name holds: 召开学习贯彻某某精神专题民主生活会)
    if (!joins && !firstOfTwo && !THEME_VERBS.has(t.word) && !organisationNoun(tokens, k) && (endsWithIntroducer(t.word) || NOT_IN_NAME.has(t.tag))) return fallback;
    j = t.start;
  }
  return fallback;
}

/** A name that is only a sitting's number, perhaps of a year (第一次会议, 第二次全体会议, 2026年第二次专题学习会). */
/** 召开 or 举行 right before a name (某常委会召开（扩大）会议) */
const CONVENES = new RegExp(`(?:${meetingVerbPattern('hold')})了?$`);
/** a day that is the event (3月6日是某县领导干部接访日, 今天是某某开放日) */
const DAY_IS = /(?:[0-9０-９一二三四五六七八九十]日|今天|今日|当天)是$/;
/** a kind with only a qualifier in brackets before it (（扩大）会议, (视频)会议): named by the body that holds it */
const QUALIFIER_ONLY = /^[（(](?:扩大|视频|电视电话|网络)[）)]/;
/** a kind with only a word of weight before it (重要会议, 一次重大会议): a meeting spoken of, not named */
const EVALUATIVE_ONLY = /^(?:一次|一场)?(?:十分|非常|极其|极为)?(?:重要|重大|盛大|隆重|特殊|关键|历史性)(?:的)?$/;
const ORDINAL_ONLY = /^(?:[0-9]{4}年(?:度)?)?第[一二三四五六七八九十百0-9]+次/;
/** The name of a session of a congress or a committee (某县第十八届人民代表大会第四次会议, 政协某县第十届委员会第四次会议,
 * 中国共产党某区第四次代表大会) */
const SESSION = /(?:(?:代表大会|委员会)第[一二三四五六七八九十百0-9]+次(?:全体)?会议|第[一二三四五六七八九十百0-9]+次(?:党员)?代表大会)$/;
/** A name that is only the opening or closing sitting (开幕大会, 闭幕会议, 开幕式). */
const SITTING_ONLY = /^(?:开幕|闭幕)(?:大会|会议|会|式)$/;
/** Kinds that a project or body names by holding them (开工仪式, 揭牌仪式, 签约仪式, 典礼). */
const CEREMONY = /(?:仪式|典礼)$/;
/** the preparatory sitting a session holds the day before it opens (某县政协第九届委员会第四次会议举行预备会议) */
const PREPARATORY = /^预备会议?$/;
/** …after the session's name: the sitting takes place, the session has not opened yet */
const HOLDS_PREPARATORY = new RegExp(`^${WHEN}(?:在[^，。；]{1,20})?举行(?:了)?预备会`);
/** 举行/举办 (+了) right before a ceremony's kind */
const HOLDS_CEREMONY = /(?:隆重)?(?:举行|举办)了?$/;
/** the longest text HOLDS_CEREMONY matches (隆重举行了) */
const HOLDS_CEREMONY_REACH = 5;
/** The kinds of a funeral (meeting-kinds.tsv): the person named before one is the one mourned. */
export const FUNERAL_KINDS: readonly string[] = ['告别仪式', '追悼会', '追悼大会', '追思会'];
const FUNERAL = new RegExp(`(?:${FUNERAL_KINDS.join('|')})$`);


/**
 * The subject of 举行 right before a ceremony's kind, from the clause's start over its time words (近日，某某项目举行开工
 * 仪式): the ceremony's name is the subject and the kind. None when a person or a clause mark stands in it.
 */
function heldBySubject(text: string, nameStart: number, k: { start: number; end: number; kind: string }, floor: number, people: SpanIndex<Found>): { start: number; end: number } | null {
  // the verb ends the text before the name and is at most HOLDS_CEREMONY_REACH long: only that much is read
  const near = Math.max(floor, nameStart - HOLDS_CEREMONY_REACH);
  const own = text.slice(nameStart, k.end);
  // (a body convenes a sitting named by its qualifier alone: 某市纪委常委会召开（扩大）会议)
  const qualified = QUALIFIER_ONLY.test(own);
  const verb = (qualified ? CONVENES : HOLDS_CEREMONY).exec(text.slice(near, nameStart));
  if (!verb || !(CEREMONY.test(own) || ORDINAL_ONLY.test(own) || PREPARATORY.test(own) || qualified)) return null;
  let end = near + verb.index;
  let start = end;
  while (start > floor && !/[，,。；;：:、\n]/.test(text[start - 1] as string)) start--;
  start += CLAUSE_TIME.exec(text.slice(start, end))?.[0].length ?? 0;
  // the time written after the subject (大会主席团于8日下午 举行) is no part of the name
  const when = /(?:于|在)[^，。；]{0,12}$/.exec(text.slice(start, end));
  if (when) end = start + when.index;
  if (end - start < 2 || end - start > 30 || people.overlaps(start, end)) return null;
  return { start, end };
}

/**
 * A name that is the subject of its clause and takes place after it (某县乡村振兴学院揭牌仪式在某地举行; 某某会议暨…):
 * it runs back to the clause's start, over its time words, when only content words stand between — verbs inside a
 * name (振兴, 发展) stopped it before. No person, no function word, at most MAX_NAME characters.
 */
function subjectOfClause(text: string, tokens: readonly Token[], start: number, k: { start: number; end: number }, floor: number, people: SpanIndex<Found>): number {
  if (start === k.start || start <= floor) return start;
  const after = text.slice(k.end, Math.min(text.length, k.end + 40));
  if (!TAKES_PLACE_AFTER.test(after) && !after.startsWith('暨')) return start;
  let from = start;
  // (a 、 between two fields of the subject stays inside it: 某县2025年总河长、总林长会议召开)
  while (from > floor && (!/[，,。；;：:！？!?、\s\u3000]/.test(text[from - 1] as string) || pairedFields(text, from - 1))) from--;
  from += CLAUSE_TIME.exec(text.slice(from, start))?.[0].length ?? 0;
  // (a funeral is named by the one it mourns: 某某同志遗体告别仪式 holds a person's name, whatever jieba made of it)
  const funeral = FUNERAL.test(text.slice(k.start, k.end));
  if (from >= start || k.end - from > MAX_NAME || (people.overlaps(from, start) && !funeral)) return start;
  for (let i = Math.max(0, firstTokenEndingFrom(tokens, from + 1)); i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.start >= start) break;
    if (funeral && people.overlaps(t.start, t.end)) continue;
    if (t.start < from || NOT_IN_NAME.has(t.tag) || t.tag === 'd' || (t.tag === 'm' && !yearAt(tokens, i) && !quotedNumber(text, t)) || (BREAK.test(t.word) && !pairedFields(text, t.start))) return start;
    // a verb that holds a meeting: the name is its object, not the clause's subject (某县召开某会议暨某大会)
    if (HOLDING.test(t.word)) return start;
  }
  return from;
}

/** The 、 at `at` joins two posts or fields of one shape (总河长、总林长, 河长、林长: two Han words of two or three
 * characters ending in the same one). */
function pairedFields(text: string, at: number): boolean {
  if (text[at] !== '、' || !isHan(text, at - 2) || !isHan(text, at - 1) || !isHan(text, at + 1) || !isHan(text, at + 2)) return false;
  return text[at + 2] === text[at - 1] || (isHan(text, at + 3) && text[at + 3] === text[at - 1]);
}

/** A number in quotes, a campaign's or a day's name inside an event's (“119”消防宣传月, “12·4”宪法日), or the 月 of a
 * campaign's month (宣传月, 活动月, 服务月: jieba tags it a numeral's). */
function quotedNumber(text: string, t: Token): boolean {
  return (text[t.start - 1] === '“' && text[t.end] === '”') || (t.word === '月' && CAMPAIGN_MONTH.has(text.slice(t.start - 2, t.start)));
}
const CAMPAIGN_MONTH: ReadonlySet<string> = new Set(['宣传', '活动', '服务', '安全', '质量']);

/** The unit at `i` is a CJK ideograph of the basic block. */
function isHan(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0x4e00 && c <= 0x9fff;
}

/** The token is a year's number or its 年 (某县2026年…活动): a year is part of a name, other numbers are not. */
function yearAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.word === '年') return /^[0-9]{4}$/.test(tokens[i - 1]?.word ?? '');
  return /^[0-9]{4}$/.test(t.word) && tokens[i + 1]?.word === '年';
}

/**
 * What follows a meeting's name inside a longer one: 暨 of a joint meeting (某某会议暨某某大会), a sitting of a congress
 * (某某职工代表大会 + 第二次会议, + 全体会议).
 */
const INSIDE_LONGER = /^(?:暨|第[0-9一二三四五六七八九十百]+次(?:全体)?会议|全体会议)/;

/**
 * The first part of a joint meeting (某某会议 of 某某会议暨某某大会) is that meeting, named by both, and a congress named
 * before its sitting (某某职工代表大会 of 某某职工代表大会第二次会议) is the sitting's body: read as a meeting of its
 * own either would be a second one, reported with no one at it. Removed from the list in place.
 */
function joinedParts(text: string, meetings: FoundMeeting[]): void {
  for (let i = meetings.length - 1; i >= 0; i--) {
    const part = meetings[i] as FoundMeeting;
    if (part.mentions.length !== 1 || !INSIDE_LONGER.test(text.slice(part.end, part.end + 8))) continue;
    if (meetings.some((m) => m !== part && m.start === part.start && m.end > part.end)) meetings.splice(i, 1);
  }
}

/** How far back a short reference (开工活动) looks for the event it names: the last few events named before it. */
const NAMED_BEFORE_REACH = 8;

/** Of the last events named before `at` (no weak kind), the nearest whose name holds `word`. */
function namedBefore(meetings: readonly FoundMeeting[], at: number, word: string): FoundMeeting | undefined {
  for (let i = meetings.length - 1, n = 0; i >= 0 && n < NAMED_BEFORE_REACH; i--, n++) {
    const m = meetings[i] as FoundMeeting;
    if (m.start < at && m.name.includes(word) && !WEAK_KINDS.has(m.kind)) return m;
  }
  return undefined;
}

/** A name that starts with a count of years (77周年招待会) was cut at a verb inside it. */
const ANNIVERSARY = /^[0-9一二三四五六七八九十百]+周年/;

/** 与, 和, 及 joining two fields inside a name (商务与投资峰会), not two sides (甲与乙会谈). */
const JOINERS = new Set(['与', '和', '及']);
const FIELD_TAGS = new Set(['n', 'vn']);

/**
 * A name that starts inside a place's name (县 + 对口支援工作座谈会, where jieba cut 库木巴什县 into single characters)
 * starts with the place; and a place joined to it by one dash (某市—某县对口支援工作座谈会) is in the name too.
 */
function overPlaces(text: string, found: readonly Found[], start: number, floor: number): number {
  if (start <= floor) return start;
  const places = spanIndex(found);
  const inside = places.overlapping(start - 1, start).find((f) => f.type === 'place' && f.start < start && f.end === start)
    ?? places.overlapping(start, start + 1).find((f) => f.type === 'place' && f.start < start);
  if (!inside || inside.start < floor) return start;
  let at = inside.start;
  // (one dash, not two: —— sets a subtitle apart)
  if (at - 1 > floor && DASH.test(text[at - 1] as string) && !DASH.test(text[at - 2] as string)) {
    const other = places.endingAt(at - 1).find((f) => f.type === 'place' && f.start >= floor);
    if (other) at = other.start;
  }
  return at;
}

/** Words of two characters or more, nouns or verbs, on both sides of a joiner (保护 和 违法). */
function wordsAround(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  // (time words too: 召开春节及元宵期间森林防灭火工作调度会, 汛前及汛期; and the bodies or places an agreement joins:
  // 举行州人民政府与某某大学战略合作协议签约仪式)
  const word = (t: Token | undefined): boolean => t !== undefined && t.word.length >= 2 && /^(?:n|v|vn|an|nz|t|nt|ns)$/.test(t.tag);
  return word(before) && word(after);
}

function joinsFields(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return before !== undefined && after !== undefined && FIELD_TAGS.has(before.tag) && FIELD_TAGS.has(after.tag) && before.word.length >= 2 && after.word.length >= 2;
}

/** A meeting's name as names are compared: no spaces or quotes, and no 我县/我市 before it (the paper's own region, named
 * in full elsewhere: 我县2025年某某签约仪式 is 某县2025年某某签约仪式). */
const clean = (s: string): string => s.replace(/[\s“”"「」]/g, '').replace(/^我(?:县|市|区|镇|乡|旗|州)/, '');

export function findMeetings(ctx: RelateContext, dateCtx: DateContext): FoundMeeting[] {
  const { doc, found } = ctx;
  const meetings: FoundMeeting[] = [];
  const references: { start: number; end: number; kind: string; sitting?: boolean }[] = [];
  const people = peopleIn(ctx);
  const named = new MeetingNames();
  // the start of the named meeting whose kind ends at an offset: a ceremony written right after it (某某活动 + 启动仪式, 某某培训班 +
  // 开班仪式) is that event's ceremony, named by the event's whole name even where a verb inside it (阅读/v of 全民阅读活动)
  // stops a name read by its words
  const eventEndingAt = new Map<number, number>();
  for (const k of kindMatches(doc.text)) {
    const sentence = sentenceAt(doc, k.start);
    if (!sentence) continue;
    let start = overPlaces(doc.text, found, nameStart(doc.text, sentence.tokens, k.start, sentence.start, people), sentence.start);
    const event = k.kind === '仪式' ? eventEndingAt.get(k.start) : undefined;
    if (event !== undefined && event < start && event >= sentence.start) start = event;
    start = subjectOfClause(doc.text, sentence.tokens, start, k, sentence.start, people);
    // a ceremony, or a numbered sitting, named by what holds it (某某项目举行开工仪式 is 某某项目开工仪式; 大会主席团于8日
    // 举行第一次会议 is 大会主席团第一次会议)
    const own = doc.text.slice(start, k.end);
    const subject = start === k.start || ORDINAL_ONLY.test(own) || QUALIFIER_ONLY.test(own) ? heldBySubject(doc.text, start, k, sentence.start, people) : null;
    const name = subject ? doc.text.slice(subject.start, subject.end) + own : own.trim();
    if (subject) start = subject.start;
    // the opening or closing sitting of a session the article reports is that session (主持开幕大会)
    if (start === k.start || name.length <= k.end - k.start + 1 || SITTING_ONLY.test(name) || EVALUATIVE_ONLY.test(doc.text.slice(start, k.start))) { references.push({ start: k.start, end: k.end, kind: k.kind, sitting: SITTING_ONLY.test(name) }); continue; }
    // the first meeting whose name is this one, ends with it or is its end; a weak kind with a short word before it
    // (开工活动 after 某某集中开工仪式) is the meeting named before whose name holds the word
    eventEndingAt.set(k.end, start);
    const at = named.find(clean(name));
    const word = WEAK_KINDS.has(k.kind) ? name.slice(0, name.length - (k.end - k.start)) : '';
    // (no read at -1: an array read out of bounds leaves V8's fast path)
    const same = (at >= 0 ? meetings[at] : undefined) ?? (word.length >= 2 && word.length <= 3 ? namedBefore(meetings, start, word) : undefined);
    if (same) {
      same.mentions.push({ start, end: k.end });
      if (name.length > same.name.length && at >= 0) { Object.assign(same, { name, start, end: k.end }); named.set(at, clean(name)); }
      continue;
    }
    named.set(meetings.length, clean(name));
    // judged by its own words: a subject's name is judged where its kind stands (…举行 | 第一次会议)
    const from = subject ? k.end - own.trim().length : start;
    meetings.push({ name, kind: k.kind, start, end: k.end, mentions: [{ start: from, end: k.end }], reported: false,
      startDate: null, endDate: null, organizer: null, place: null, evidence: sentence, rule: 'meeting.named' });
  }
  // named meetings are judged on their own mentions first; a bare reference (会议, 此次务虚会) then goes to the
  // reported meeting it can mean — the one named before it, else the first — and only failing that to a
  // meeting of the same kind that the reference itself may show taking place (主持会议)
  joinedParts(doc.text, meetings);
  for (const m of meetings) judge(ctx, dateCtx, m, found);
  // look-ups for the references (one scan of the meetings per reference was quadratic in a long article)
  // a bare 会议 may mean any meeting but a ceremony, a feast, a show or a visit (主持宣誓仪式。…委员出席会议: the session)
  // …and 全会 is a committee's 全体会议 written short (全会由县委常委会主持 after 中国共产党某县第十四届委员会第八次全体会议)
  // …but never one held before or after the article's meeting (会前，某党组召开学习会: a bare 会议 after it is the main one)
  // (the clause may open the sentence, or follow a purpose: 为开好这次民主生活会，会前，某常委会召开会议)
  const aside = (m: FoundMeeting): boolean => ASIDE.test(doc.text.slice(m.evidence.start, m.evidence.start + 6)) ||
    ASIDE_CLAUSE.test(doc.text.slice(m.evidence.start, Math.max(m.evidence.start, m.start)));
  const fits = (m: FoundMeeting, kind: string): boolean => m.kind === kind || m.name.endsWith(kind) ||
    (kind === '会议' && !NOT_A_MEETING_KIND.has(m.kind) && !aside(m)) || (kind === '全会' && m.kind === '全体会议' && plenumKey(m.name) !== null);
  // (a mention moves the article to its meeting where it tells of the sitting — 上午召开的年度工作会议上, 出席某会议 — not
  // where the meeting is an object, 审议某常委会议有关议程, or a speech given there, 在某会上的讲话精神)
  const reportedOf = new ReportedByKind(meetings, fits, (x) => AT_THE_SITTING_BEFORE.test(doc.text.slice(Math.max(0, x.start - 4), x.start)) && !/^上的/.test(doc.text.slice(x.end, x.end + 2))
    || /^(?:上[，,]|上$|召开|举行|开幕|期间)/.test(doc.text.slice(x.end, x.end + 2)));
  const position = new Map<FoundMeeting, number>();
  meetings.forEach((m, i) => position.set(m, i));
  const firstOfKind = new Map<string, FoundMeeting>();
  for (const m of meetings) if (!firstOfKind.has(m.kind)) firstOfKind.set(m.kind, m);
  // the opening or closing sitting (出席开幕会) is a sitting of the session, never of its presidium's meeting
  // (named meetings are judged above: the session is known before the references are read, found once)
  const session = meetings.find((m) => m.reported && (plenumKey(m.name) !== null || SESSION.test(m.name)));
  for (const r of references) {
    // the reported meeting named before it; else one the reference itself shows held (某某主持召开座谈会), before any
    // named later in the article; else the first of its kind; else, in an article that reports no meeting, the kind
    // itself when it is chaired (反馈会由某某主持)
    const target = (r.sitting ? session : undefined) ?? reportedOf.before(r.kind, r.start) ?? namedByBody(meetings, doc.text, r) ?? heldBy(ctx, r, found) ?? reportedOf.first(r.kind) ??
      firstOfKind.get(r.kind) ?? chairedKind(ctx, r, meetings.some((m) => m.reported)) ?? (meetings.some((m) => m.reported) ? undefined : leadEvent(ctx, r));
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
    } else reportedOf.mentioned(position.get(target) as number, r);
  }
  mergeHeadlineMeetings(doc, meetings);
  // a weak kind (活动) names an event only when reported or written as a title
  return meetings.filter((m) => m.reported || !WEAK_KINDS.has(m.kind) || /[“《"]/.test(m.name));
}

/** The clause before an event's name tells of sittings held before or as a habit (NOT_THIS_SITTING), with words of
 * its own: not a person's name that holds the word (国务院总理曾某 + 主持召开). */
function notThisSitting(before: string, from: number, found: readonly Found[]): boolean {
  const m = NOT_THIS_SITTING_BEFORE.exec(before);
  if (!m) return false;
  const at = from + m.index;
  return !found.some((f) => f.type === 'person' && f.start <= at && at < f.end);
}

/**
 * A reference by the body that holds the meeting (出席常委会会议 after 县委常委会2025年第14次会议 and another meeting): the
 * reported meeting named last before it whose name holds the reference's words before 会议 (常委会).
 */
function namedByBody(meetings: readonly FoundMeeting[], text: string, r: { start: number; end: number }): FoundMeeting | undefined {
  const stem = text.slice(r.start, r.end).replace(/会议$/, '');
  if (stem.length < 2 || stem.length === r.end - r.start) return undefined;
  let best: FoundMeeting | undefined;
  for (const m of meetings) if (m.reported && m.start < r.start && m.name.includes(stem) && (!best || m.start > best.start)) best = m;
  return best;
}

/** words before a meeting's mention that tell of its sitting (召开的, 在, 出席 …) */
const AT_THE_SITTING_BEFORE = /(?:召开的|举行的|举办的|在|出席|参加|主持|列席)$/;

/** a sentence that tells of an event held before or after the article's meeting */
const ASIDE = /^(?:会前|会后|会议前|会议结束后|会议期间)[，,]/;

/** …written after a clause that opens the sentence (为开好这次会议，会前，) */
const ASIDE_CLAUSE = /^[^。；]{0,30}?[，,](?:会前|会后|会议前|会议结束后)[，,]/;

/** the same day as the events written before (当天下午，某某主持召开…) */
const SAME_DAY = /当天|当日|同日|当晚|随后/;

/** 在某会上的重要讲话, 在某会上的指示: what was said at an earlier meeting. */
/** …的召开, or 精神 right after the name or after the other meeting it is joined to (某全会暨某工作会议精神): referred to */
const REFERRED_AFTER = /^(?:的召开|(?:暨[^，。；、]{1,40}?)?精神)/;
const SPOKEN_AT = /^上的[^，。；]{0,6}(?:讲话|指示|批示|精神|报告)/;

/**
 * How many of a meeting's first mentions were judged and report nothing: a meeting judged again (a reference added a
 * mention) is judged from there, not from its first mention again (that was quadratic in a long article). Mentions
 * are only ever added at the end, and what a mention says depends on its sentence alone.
 */
const judgedUpTo = new WeakMap<FoundMeeting, number>();

/**
 * What follows a body's name in the name of a session it holds: a session number (第十八次), a kind of session of
 * its own (常务会议, 扩大会议, 全体会议, 专题…), or the word for the meeting itself (会议, 全会, 大会). Anything else
 * (联合国 + 某问题联络小组全会, 全国税务局 + 长会议) is no session of the body the name begins with.
 */
const BODY_SESSION = /^(?:第|常务|扩大|全体|专题|会议|全会|大会)/;

/** A sentence that says where the meeting just reported sat, naming it 会议 or nothing (会议在某地召开). */
/** The verbs of a meeting held at a place, after 在 and the place (在某地召开, 在某馆开幕). */
const HELD_AT = meetingVerbPattern('hold', 'opens', 'begins');
const HELD_AT_NEXT = new RegExp(`^(?:本次|此次|这次)?(?:会议|大会|会|活动|仪式)在([^，。；]{1,20}?)(?:${HELD_AT})`);
/** 在 + a place + the verb of a meeting held there, anywhere in the sentence that reports it */
const HELD_AT_PHRASE = new RegExp(`在([^，。；]{1,20}?)(?:${HELD_AT})`);

/** The place after 在 (at `from`, the phrase `length` long): the venue in the phrase (在北京 + 人民大会堂), else the place right after 在. */
function heldIn(found: readonly Found[], from: number, length: number): Found | null {
  const places = spanIndex(found).within(from, from + length).filter((f) => f.type === 'place');
  return places.find((f) => f.kind === 'venue') ?? places.find((f) => f.start === from) ?? null;
}

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
    const held = TAKES_PLACE_AFTER.test(after);
    // (在学科竞赛、体育艺术等方面取得的成绩: 在 opens a field of work, not the event's place in time)
    const happens = held || (TAKES_PLACE_BEFORE.test(doc.text.slice(Math.max(s.start, end - 4), end)) && !(doc.text[end - 1] === '在' && IN_A_FIELD.test(after))) ||
      DAY_IS.test(doc.text.slice(Math.max(s.start, end - 4), end));
    // …精神, or a speech given at it (在某大会上的重要讲话精神): a meeting referred to, not reported
    // …or a directive (会议强调，要…扎实开展某某活动): an event to be held, not one held
    // …or a sitting held before or as a habit (某某曾参加某运动会, 今年以来已3次列席某会议): not the article's
    if (!happens || REFERRED_AFTER.test(after) || SPOKEN_AT.test(after) || HOLDS_PREPARATORY.test(after) || DIRECTIVE_BEFORE.test(before) || notThisSitting(before, s.start, found)) continue;
    m.reported = true;
    m.evidence = s;
    // a date before the name, or right after it (某某会议17日在京召开), or a relative one (今天上午)
    const dates = findDates(doc.text, dateCtx, s.start, s.end).filter((d) => d.start < mention.start || d.start === mention.end || d.rule === 'date.relative');
    const d = dates.at(-1); // (no read at -1 of an empty list: out of bounds is V8's slow path)
    if (d) { m.startDate = d.startDate; m.endDate = d.endDate; }
    const verb = HOLD_VERB.exec(before);
    // the body before the verb organises it, not the hall it is held in (在某厅举行)
    const holder = verb ? foundEndingAt(found, s.start + verb.index, ['organization', 'place', 'company']) : undefined;
    if (holder && !m.organizer && doc.text[holder.start - 1] !== '在' && holder.kind !== 'venue') m.organizer = holder;
    // a meeting named after its body (县政府第十八次常务会议, 某县十八届人大常委会第二十次会议): the body holds it
    if (!m.organizer) m.organizer = spanIndex(found).startingAt(mention.start).find((f) => f.type === 'organization' && f.end < mention.end && BODY_SESSION.test(doc.text.slice(f.end, mention.end))) ?? null;
    const at = HELD_AT_PHRASE.exec(doc.text.slice(s.start, s.end));
    if (at) m.place = heldIn(found, s.start + at.index + 1, (at[1] as string).length);
    break;
  }
  if (!m.reported) judgedUpTo.set(m, m.mentions.length);
  // …or the sentence right after the report, on the meeting as 会议 (某县召开某某会议。会议在县行政中心召开。)
  if (m.reported && !m.place) {
    const next = doc.sentences[spanHolding(doc.sentences, m.evidence.start) + 1];
    const at = next ? HELD_AT_NEXT.exec(doc.text.slice(next.start, next.end)) : null;
    if (next && at) m.place = heldIn(found, next.start + at.index + (at[0] as string).indexOf('在') + 1, (at[1] as string).length);
  }
  if (m.reported && !m.startDate) {
    // the article reports it without a date of its own: the date its lead gives (4月10日至11日，某某在某地调研 …
    // 在某地期间主持召开座谈会), else the article's date
    // 当天/同日 (the same day) is the day written last before it
    // (the sentences are read one at a time, from the start or back from the meeting, and only until a date is
    // found: reading every earlier sentence for every meeting was quadratic in a long article)
    const sameDay = SAME_DAY.test(doc.text.slice(m.evidence.start, m.evidence.end));
    let d: ReturnType<typeof findDates>[number] | undefined;
    if (sameDay) {
      // (the evidence is a sentence: the ones before it are those before its index)
      for (let i = spanHolding(doc.sentences, m.evidence.start) - 1; i >= 0 && !d; i--) {
        const x = doc.sentences[i] as { start: number; end: number };
        d = findDates(doc.text, dateCtx, x.start, x.end).pop();
      }
    } else {
      for (const x of doc.sentences) {
        if (x.end > m.evidence.start || d) break;
        d = findDates(doc.text, dateCtx, x.start, x.end)[0];
      }
    }
    m.startDate = d?.startDate ?? doc.date;
    m.endDate = d ? d.endDate : doc.date;
  }
  if (m.reported && !m.organizer) m.organizer = hostedBy(ctx, m.evidence, found) ?? null;
}

