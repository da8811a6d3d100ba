// Names in the slots news writes them in: right after a title or a role noun (县长某某, 企业家代表某某), and the
// items of the 、-list such a slot opens (副委员长甲、乙、丙). There a name's extent is given by what follows it —
// a mark, a list word, a person verb, a title, a date (dictionaries/name-followers.tsv) — more than by its
// characters, so a name of any shape is found whole: a rare or compound surname, a name that is also a word
// (高峰, 立新), a last character a segmenter reads as a word (某某在, 某某和), a Tibetan name without a surname,
// a dotted or hyphenated minority or foreign name. Rule ids: person.title-before, person.role-before,
// person.list (items after the first); person.title-after (a name right before its title: 学习某某主席重要讲话精神, or
// before 同志); person.verb-before (after a verb that takes a person: 任命某某为…).
// Its finds are strong: they beat the pieces and the longer spans other readings make of the same characters.
import type { Doc, Found, Recogniser, Sentence, Token } from '../types.js';
import { tokenCovering, tokenEndingAt, tokenStartingAt } from '../tokens.js';
import { knowledge, type Knowledge } from './knowledge.js';
import { personCues, type Cues } from './person-cues.js';
import { nameFollowers, type FollowerKind } from './name-followers.js';
import { charTable, hasCharAt, unitTable } from './char-table.js';
import { memoOn } from './memo-on.js';
import { getLexicon } from '../../lexicon/lexicon.js';
import { CLOSING_LIST } from '../closing-list.js';
import { indexWithin } from '../text-search.js';
import { minorityParts } from '../../lexicon/minority-names.js';
import { SuffixTrie } from '../../lexicon/trie.js';
import { givenEvidence, HONORIFIC_GIVEN } from './person-score.js';

/** a role noun before a name counts as a slot from this weight on (门将, 企业家, 领导 …: person-cues.tsv) */
const ROLE_WEIGHT = 2;
/** credit words open no slot here: bylines and credits are their own layer (src/text/credits.ts), and in running text
 * 记者 is followed by what the reporter saw (记者明显感到), not by a name */
const CREDIT_WORDS = new Set(['记者', '通讯员']);
/** characters that never stand inside a transliterated or surname-less name: particles, pronouns, function words */
const NEVER_INSIDE = charTable('的了着过在和与及是也都就还又把被将对从为向以于等个这那其之所并或而每各该此');
/** …the same, less the characters that transliterate syllables of Mongolian and Uyghur names (孟和, 其其格, 阿不都) */
const NEVER_INSIDE_DOTTED = charTable('的了着过在与及是也就还又把被将对从为向以于等个这之所并或而每各该此');
/** characters that end the names of places and bodies (县, 局 …) or meetings (议) */
const NEVER_LAST = charTable('县市区镇乡村省州局委厅署寺庙派岛湖路街巷殿馆杯议队届室堂部处组的得了过着被把呢吗吧啊们说以等是');
/** jieba tags of a one-token span that is a word of grammar, never a name */
const GRAMMAR_TAGS = new Set(['v', 'vn', 'vd', 'p', 'c', 'r', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'ud', 'f', 'q', 'y', 'e', 'o', 'd', 'ad']);
/** …and, inside a given name, numerals too (几天来) */
const INSIDE_TAGS = new Set([...GRAMMAR_TAGS, 'm']);
/** tags of the token right before a name that stands before its title (学习/v, 了/ul, 的/uj, 向/p, 和/c) */
const LEFT_TAGS = new Set(['v', 'vn', 'p', 'c', 'ul', 'uj', 'uz', 'ug', 'd']);
/** kinds of place words that people are also named (金星, 江南, 长城) */
const NAME_LIKE_PLACES = new Set(['celestial', 'region', 'landmark', 'landform', 'mountain', 'river', 'lake', 'sea']);
/** the least given-name evidence (person-score.ts) of an ordinary word read as a name (高峰, 明月 yes; 近日, 于是 no) */
const GIVEN_FLOOR = -2.5;
/** given-name evidence (person-score.ts) above which a given name stands whatever jieba makes of it (培华/v) */
const GIVEN_NAME_SURE = 0.5;
/** the least protocol rank (titles.tsv) of a title before a name that is also a word: a post, not an occupation
 * (副县长高峰，… yes; 教师宿舍。 no) */
const OFFICIAL_RANK = 3;
/** …and of one whose name is closed only by 在 or 的 (a leader's post: 县长, 书记, 主任) */
const HIGH_RANK = 6;
const DOTTED = /^[\u4e00-\u9fff]{1,7}(?:[·•‧・\-－][\u4e00-\u9fff]{1,7}){1,3}$/;
const HAN = /^[\u4e00-\u9fff]{2,6}$/;
const DATE_AFTER = /^(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[日月号]/;
const SEPARATOR = charTable('·•‧・-－');
/** the marks that join the parts of a minority or foreign name (某某·某某, 某某-某某) */
const NAME_DOT = /[·•‧・\-－]/;

/** What kind of slot a span stands in: after a role noun, after (or before) an official title, in a list. */
interface Slot {
  role: boolean;
  /** the protocol rank of the title next to the span (titles.tsv), 0 when none */
  rank: number;
  inList: boolean;
  /** how surely what follows the span ends it (followerStrength) */
  closedBy: number;
}

interface Ctx {
  k: Knowledge;
  cues: Cues;
  text: string;
  s: Sentence;
}

export const recognisePersonSlots: Recogniser = (doc: Doc): Found[] => {
  const k = knowledge();
  const cues = personCues();
  const out: Found[] = [];
  for (const s of doc.sentences) {
    const ctx: Ctx = { k, cues, text: doc.text, s };
    let takenTo = s.start;
    // a closing list (出席会议的还有：甲、乙) opens a slot whose every item is a name
    const closing = CLOSING_LIST.exec(doc.text.slice(s.start, s.end));
    const listAt = closing ? s.start + closing.index + closing[0].length : -1;
    // …and where every item of it has a name's shape, the marks alone give each name's extent
    const whole = listAt >= 0 ? closingListNames(ctx, listAt) : null;
    if (whole) { out.push(...whole); takenTo = (whole[whole.length - 1] as Found).end; }
    for (let i = s.start; i < s.end; i++) {
      const opener = i === listAt ? 'person.list' : hasCharAt(openerLastOf(k), doc.text, i - 1) ? openerEndingAt(ctx, i) : null;
      if (!opener || i < takenTo) continue;
      // a list the slot opens that runs to an act at an event (县领导甲、乙出席会议) is read by its marks, as a closing
      // list; else name by name
      const names = (opener === 'person.list' ? null : opener === 'person.verb-before' ? appointedNames(ctx, i) : listBeforeAct(ctx, i, opener)) ?? slotNames(ctx, i, opener);
      if (names.length) { out.push(...names); takenTo = (names[names.length - 1] as Found).end; }
    }
    for (const f of [...namesBeforeTitles(ctx), ...namesBeforePostsGiven(ctx), ...bareLists(ctx)]) if (!out.some((o) => o.start < f.end && f.start < o.end)) out.push(f);
  }
  return out;
};

/** Marks that may end a closing list: the sentence's own end. */
const LIST_END = charTable('。；;！!');
/** the longest item of a closing list read as a name without a dot (格桑次旦, 欧阳明德) */
const LIST_ITEM_MAX = 4;

/**
 * A closing list of bare names that runs to the sentence's end (出席招待会的还有：甲、乙、丙。), at least two items: every
 * item between the marks is a name when each has a name's shape on its own — two to four Han characters that begin
 * with a surname or are made of minority-name parts or transliteration characters, or a dotted name — and none is a
 * place or begins with a title. The marks then give each name's extent, not what follows
 * its last character: a name ending in a character that is also a word (某芝为, 某林长) is whole. Null when any item
 * fails (the list is read item by item, slotNames).
 */
function closingListNames(c: Ctx, at: number): Found[] | null {
  const { text, s } = c;
  let end = s.end;
  while (end > at && hasCharAt(LIST_END, text, end - 1)) end--;
  // the list may open with the role or post its people share (还有市领导甲、乙; 还有企业家代表甲、乙)
  const opener = listOpener(c, at, end);
  return markedList(c, opener?.end ?? at, end, opener?.rule ?? 'person.list');
}

/** A unit a list of names is made of: a Han character, a mark of a dotted name, the list mark 、. */
function listUnit(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return (code >= 0x4e00 && code <= 0x9fff) || code === LIST_MARK || hasCharAt(SEPARATOR, text, i);
}

const LIST_MARK = '、'.charCodeAt(0);

/** How far after its opener a list before an act may run (names and marks). */
const LIST_BEFORE_ACT_REACH = 48;

/**
 * A 、-list of at least two items right after a title or role noun that ends where an act at an event begins
 * (县领导甲、乙出席会议; 代表甲、乙在会上发言; 甲、乙等出席), each item with a name's shape on its own: the names, by the
 * marks (closingListNames). Null when there is none.
 */
function listBeforeAct(c: Ctx, at: number, rule: string): Found[] | null {
  const { text, s } = c;
  const last = Math.min(s.end, at + LIST_BEFORE_ACT_REACH);
  for (let p = at + 2; p < last; p++) {
    if (!listUnit(text, p - 1)) return null;
    if (!actAfter(c, p) && !actsAfterDeng(c, p)) continue;
    return text.slice(at, p).includes('、') ? markedList(c, at, p, rule) : null;
  }
  return null;
}

/** How far after a verb of appointment its 为 may stand (a name, or a few of them). */
const APPOINTED_REACH = 40;

/**
 * 任命甲为某某局局长, 任命甲、乙为副县长: after a verb of appointment, what stands before 为 — when a post follows 为 in the
 * same clause — is the appointee, or a 、-list of them, each with a name's shape on its own (markedList). The frame
 * gives the extent: a given name that is a word (王建成为: 建成) or that jieba glues to an adverb (尚然斌: 尚然) is whole.
 */
function appointedNames(c: Ctx, at: number): Found[] | null {
  const { k, text, s } = c;
  const last = Math.min(s.end, at + APPOINTED_REACH);
  for (let p = at + 1; p < last; p++) {
    if (!listUnit(text, p - 1)) return null;
    // (为为: the first is the name's last character, 贺永为 + 为)
    if (text[p] !== '为' || text[p + 1] === '为') continue;
    // (任命某某同志为: 同志 ends the name)
    const end = text.endsWith('同志', p) ? p - 2 : p;
    for (let t = p + 1; t < s.end && !/[，,。；;：:]/.test(text[t] as string); t++) {
      if (k.titles.longestMatchAt(text, t, s.end)) return markedList(c, at, end, 'person.verb-before', 1);
    }
    return null;
  }
  return null;
}

/** The items of [from, end) between 、 marks as names, the first with `firstRule`; null unless every one is a name. */
function markedList(c: Ctx, from: number, end: number, firstRule: string, least = 2): Found[] | null {
  const { text } = c;
  const out: Found[] = [];
  for (let at = from; at < end; ) {
    let to = text.indexOf('、', at);
    if (to < 0 || to > end) to = end;
    if (!listItemName(c, at, to)) return null;
    const rule = NAME_DOT.test(text.slice(at, to)) ? 'person.dotted' : out.length === 0 ? firstRule : 'person.list';
    out.push({ type: 'person', start: at, end: to, text: text.slice(at, to), rule, strong: true });
    at = to + 1;
  }
  return out.length >= least ? out : null;
}

/** Region levels written before a shared role (市领导, 县领导). */
const LEVEL_BEFORE_ROLE = charTable('省市县区镇乡州旗盟');

/**
 * A title or a role noun of weight ROLE_WEIGHT that starts the list at `at` (after a region level at most) and ends
 * before its first 、: its end and the rule of the name after it. Null when none.
 */
function listOpener(c: Ctx, at: number, end: number): { end: number; rule: string } | null {
  const { k, cues, text } = c;
  const first = text.indexOf('、', at);
  const last = Math.min(first < 0 ? end : first, at + 8);
  for (let e = last - 1; e > at; e--) {
    const title = k.titlesBack.longestSuffixEndingAt(text, e, at);
    const role = title ? null : cues.before.longestSuffixEndingAt(text, e, at);
    const m = title ?? (role && role.value >= ROLE_WEIGHT && !CREDIT_WORDS.has(text.slice(role.start, e)) ? role : null);
    if (!m) continue;
    if (m.start === at || (m.start === at + 1 && hasCharAt(LEVEL_BEFORE_ROLE, text, at))) return { end: e, rule: title ? 'person.title-before' : 'person.role-before' };
  }
  return null;
}

/** One item of a closing list has a name's shape on its own (closingListNames). */
function listItemName(c: Ctx, start: number, end: number): boolean {
  const { k, text } = c;
  const span = text.slice(start, end);
  if (NAME_DOT.test(span)) return dottedName(c, start, end);
  if (end - start < 2 || end - start > LIST_ITEM_MAX || !HAN.test(span)) return false;
  if (k.titles.longestMatchAt(text, start, end)) return false;
  // a division or country written in full (石岗镇, 伊朗); a short form or a name-like place (马力, 金星) beside names is one
  const place = k.places.longestMatchAt(text, start, end);
  if (place && place.end === end && !place.value.short && !NAME_LIKE_PLACES.has(place.value.kind)) return false;
  // (a Han given name may hold a function character, 某为民, 某蕾和; a name without a surname may not)
  if (surnameFits(k, text, start, end) || minorityParts(span, 3)) return true;
  return !hasInside(text, start, end) && allTranslit(c, start, end);
}

/** Every character of [start, end) transliterates a syllable (巴特尔, 扎西). */
function allTranslit(c: Ctx, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!hasCharAt(c.k.translitByUnit, c.text, i)) return false;
  return true;
}

/**
 * person.title-after: a name right before a leader's title or 同志 in the speech being studied (学习贯彻某某主席重要
 * 讲话精神, 会议认真学习了某某·某某主席在…上的讲话), where a clause, a verb or a particle ends just before it: the
 * longest such reading. The speaker is a person, never an attendee (attendance.ts).
 */
function namesBeforeTitles(c: Ctx): Found[] {
  const { k, text, s } = c;
  const out: Found[] = [];
  const first = titleOrComradeFirst(k);
  for (let t = s.start + 2; t < s.end; t++) {
    if (!hasCharAt(first, text, t)) continue;
    const title = k.titles.longestMatchAt(text, t, s.end);
    const comrade = text.startsWith('同志', t);
    if (!comrade && (!title || title.value.rank < HIGH_RANK)) continue;
    const after = comrade ? t + 2 : (title as { end: number }).end;
    const speech = SPEECH_AFTER.test(text.slice(after, after + 8));
    // the title is a word of its own (全国政协/主席: 全国 is no name)
    if (tokenEndingAt(s, t) < 0 && !/[·•‧・]/.test(text.slice(Math.max(s.start, t - 8), t))) continue;
    const starts: number[] = [];
    for (let b = t - 2; b >= Math.max(s.start, t - 16); b--) {
      // a name that is also a word (马某 read as 马力) only after a verb of study (学习贯彻某某主席…讲话精神)
      const study = studyVerbBefore(c, b);
      // the verb of study itself is no part of the name (受某某主席委托: not 受某某)
      if ((!study && !speech && !comrade) || studyVerbBefore(c, b + 1)) continue;
      // a name that is also a word: after a verb of study, or before 同志 and a post given or left (某某同志任…)
      const sure = study || (comrade && APPOINTED_AFTER.test(text.slice(after, after + 4)));
      const slot: Slot = { role: false, rank: sure ? HIGH_RANK : 0, inList: false, closedBy: 3 };
      if (leftClosed(c, b) && nameShape(c, b, t, slot)) starts.push(b);
    }
    // the longest reading (旦增拉姆, not 拉姆 after a piece jieba tagged as a verb)
    if (starts.length === 0) continue;
    const b = starts[starts.length - 1] as number;
    const name = text.slice(b, t);
    out.push({ type: 'person', start: b, end: t, text: name, rule: NAME_DOT.test(name) ? 'person.dotted' : 'person.title-after', strong: true });
  }
  return out;
}

/** Verbs that give the name before them a post (某某任县财政局局长, 某某兼任, 某某当选为): longest first. */
const GIVES_POST_AFTER = /^(?:被任命为|当选为|兼任|担任|改任|调任|出任|任)/;
/** How far after such a verb the post's title may end (a body and its title: 县住房和城乡建设局副局长). */
const POST_GIVEN_REACH = 24;

/**
 * person.title-after in an appointment notice without 同志 (经研究决定：某某任县财政局局长；某某兼任…): a name that opens a
 * clause (leftClosed) right before a verb that gives a post, when a title ends later in the same clause. The post
 * after the verb is the slot: a name that is also a word is whole (the longest reading); relations read the post
 * (appointments.ts).
 */
function namesBeforePostsGiven(c: Ctx): Found[] {
  const { k, text, s } = c;
  const out: Found[] = [];
  for (let t = s.start + 2; t < s.end; t++) {
    const verb = GIVES_POST_AFTER.exec(text.slice(t, t + 5));
    // the verb is a word of its own, or the end of one jieba glued to the name (林立/新任, 欧阳/青任/x); not the 任 of
    // 主任 (a title ends there)
    if (!verb || k.titlesBack.longestSuffixEndingAt(text, t + 1, s.start)) continue;
    if (tokenStartingAt(s, t) < 0 && (s.tokens[tokenCovering(s, t)]?.end ?? -1) !== t + verb[0].length) continue;
    // (…nor the 任 of another verb: 曾担任, 就任, 历任)
    if (TAIL_OF_VERB.has(text.slice(t - 1, t + 1)) || !postInClause(c, t + verb[0].length)) continue;
    // an adverb between the name and the verb (某某还担任, 某某也兼任) is no part of the name
    const adverb = tokenEndingAt(s, t);
    const end = adverb >= 0 && ADVERB_BEFORE_VERB.has((s.tokens[adverb] as Token).word) ? (s.tokens[adverb] as Token).start : t;
    const slot: Slot = { role: false, rank: HIGH_RANK, inList: false, closedBy: 3 };
    let best = -1;
    for (let b = end - 2; b >= Math.max(s.start, end - 16); b--) if (leftClosed(c, b) && nameShape(c, b, end, slot)) best = b;
    if (best < 0) continue;
    const name = text.slice(best, end);
    out.push({ type: 'person', start: best, end, text: name, rule: NAME_DOT.test(name) ? 'person.dotted' : 'person.title-after', strong: true });
  }
  return out;
}

/** Verbs that end in 任 and are no name + 任 (曾担任: 曾 is a surname too). 新任 is not among them: 林立新 + 任. */
const TAIL_OF_VERB = new Set(['担任', '兼任', '出任', '改任', '调任', '就任', '升任', '离任', '卸任', '继任', '留任', '连任', '历任', '现任', '曾任', '接任', '转任', '专任', '主任', '信任', '责任', '上任', '到任', '委任', '聘任', '胜任', '前任', '首任', '赴任']);
/** Adverbs written between a name and the verb that gives the post (某某还担任, 某某曾任, 某某已兼任). */
const ADVERB_BEFORE_VERB = new Set(['还', '也', '曾', '已', '又', '再', '将', '均', '都', '已经', '曾经', '先后', '同时', '现', '正式']);

/** A title ends after `from` before the clause does (a mark) and within POST_GIVEN_REACH. */
function postInClause(c: Ctx, from: number): boolean {
  const { k, text, s } = c;
  const last = Math.min(s.end, from + POST_GIVEN_REACH);
  for (let i = from; i < last && !hasCharAt(CLAUSE_MARKS, text, i); i++) if (k.titles.longestMatchAt(text, i, s.end)) return true;
  return false;
}

/** Marks that end a clause. */
const CLAUSE_MARKS = charTable('，,。；;：:！!？?');

/**
 * Verbs of the study sessions that name a leader before the leader's title (学习贯彻某某主席重要讲话精神), and 受 of
 * a delegation (受某某主席委托): after one, a name that is also a word is still a name.
 */
/** …or what follows the title there: the speech or instruction studied (某某主席重要讲话, 某某同志在…上的讲话) */
const SPEECH_AFTER = /^(?:的)?(?:重要|讲话|指示|批示|论述|贺信|致辞|署名文章|委托|在)/;
/** …and what follows 同志 in an appointment notice (某某同志任…书记；某某同志不再担任…职务) */
const APPOINTED_AFTER = /^(?:任|兼任|担任|不再担任|为)/;
const STUDY_VERBS: readonly string[] = ['学习', '贯彻', '传达', '领会', '落实', '学习了', '传达了', '贯彻了', '按照', '根据', '遵照', '受'];

function studyVerbBefore(c: Ctx, at: number): boolean {
  return STUDY_VERBS.some((v) => at - v.length >= c.s.start && c.text.startsWith(v, at - v.length));
}

/**
 * A bare list of names that opens a clause (甲、乙、丙会见…; 甲、乙、丙等党和国家领导人出席…): at least two items,
 * each of a name's shape, at most half of them also words, the last one closed by a follower.
 */
const CLAUSE_OPENERS = charTable('，,：:；;');

function bareLists(c: Ctx): Found[] {
  const { text, s } = c;
  const out: Found[] = [];
  const slot: Slot = { role: false, rank: 0, inList: true, closedBy: 3 };
  // every list has a 、 (most sentences none: nothing to read)
  if (indexWithin(text, '、', s.start, s.end) < 0) return out;
  for (let from = s.start; from < s.end; from++) {
    if (from !== s.start && !hasCharAt(CLAUSE_OPENERS, text, from - 1)) continue;
    // a list closed by 等 and a word for people (甲、乙、丙等党和国家领导人出席) is read by its marks, as a closing list
    const byMarks = listBeforePeople(c, from);
    if (byMarks) { out.push(...byMarks); from = (byMarks[byMarks.length - 1] as Found).end; continue; }
    const items: { start: number; end: number }[] = [];
    let at = from;
    for (;;) {
      const sep = indexWithin(text, '、', at, s.end);
      const end = sep >= 0 && sep < s.end && sep - at <= 16 && !/[，,。；;：:]/.test(text.slice(at, sep)) ? sep : -1;
      if (end < 0 || !nameShape(c, at, end, slot)) break;
      items.push({ start: at, end });
      at = end + 1;
    }
    if (items.length === 0) continue;
    const lastEnd = nameEnd(c, at, 'person.list', true);
    if (lastEnd === null || !closesNameList(c, lastEnd)) continue;
    items.push({ start: at, end: lastEnd });
    const words = items.filter((x) => oneToken(c, x.start, x.end) && !/^(?:nr|x)/.test((oneToken(c, x.start, x.end) as Token).tag)).length;
    if (words * 2 > items.length) continue;
    for (const x of items) {
      const name = text.slice(x.start, x.end);
      out.push({ type: 'person', start: x.start, end: x.end, text: name, rule: NAME_DOT.test(name) ? 'person.dotted' : 'person.list', strong: true });
    }
    from = lastEnd;
  }
  return out;
}

/** How far a bare list may run before its 等 (names and marks). */
const BARE_LIST_REACH = 64;

/** A 、-list from `from` to 等 and a word for people (PEOPLE_AFTER_DENG), every item a name by its marks; else null. */
function listBeforePeople(c: Ctx, from: number): Found[] | null {
  const { text, s } = c;
  const last = Math.min(s.end, from + BARE_LIST_REACH);
  for (let p = from + 2; p < last; p++) {
    if (!listUnit(text, p - 1)) return null;
    if (text[p] !== '等' || !PEOPLE_AFTER_DENG.test(text.slice(p + 1, p + 12))) continue;
    return text.slice(from, p).includes('、') ? markedList(c, from, p, 'person.list') : null;
  }
  return null;
}

/** A person verb, or 等 before a word for people (等党和国家领导人, 等人, 等同志): the end of a bare list of names. */
function closesNameList(c: Ctx, at: number): boolean {
  if (c.text[at] === '等') return PEOPLE_AFTER_DENG.test(c.text.slice(at + 1, at + 12));
  return c.k.verbsAfter.longestMatchAt(c.text, at, c.s.end) !== null;
}

/** what follows 等 after a list of people (等党和国家领导人, 等人, 等领导同志, 等负责人): up to the word for them */
const PEOPLE_AFTER_DENG = /^[^，。；、]{0,8}?(?:领导人|领导同志|同志|负责人|领导|人员|代表)|^人/;

/** A name may start here: the sentence starts, a mark stands before, or a verb, preposition or particle ends here. */
function leftClosed(c: Ctx, at: number): boolean {
  if (at === c.s.start || /[、，,。；;：:“"（(了的]/.test(c.text[at - 1] as string) || studyVerbBefore(c, at)) return true;
  const i = tokenEndingAt(c.s, at);
  if (i < 0 || tokenStartingAt(c.s, at) < 0) return false;
  return LEFT_TAGS.has((c.s.tokens[i] as Token).tag);
}

/** The first units of titles and of 同志: where namesBeforeTitles looks for what follows a name. */
const titleOrComradeFirst = memoOn((k: Knowledge) => unitTable(k.titles.firstUnits(), ['同'.charCodeAt(0)]));

/** The last units of the openers' words (titles, verbs of appointment, role nouns): no opener ends after any other. */
const openerLastOf = memoOn((k: Knowledge) => unitTable(k.titlesBack.lastUnits(), appointingVerbs().lastUnits(), personCues().before.lastUnits()));

/** A title (rule person.title-before) or a role noun (person.role-before) that ends at `at`. */
function openerEndingAt(c: Ctx, at: number): string | null {
  const { k, cues, text, s } = c;
  const title = k.titlesBack.longestSuffixEndingAt(text, at, s.start);
  // the whole title, not a shorter one inside it (董事 of 董事长, 委员 of 委员长)
  if (title) {
    if ((k.titles.longestMatchAt(text, title.start, s.end)?.end ?? at) > at || CREDIT_WORDS.has(text.slice(title.start, at))) return null;
    // nor one whose last characters begin another title (国王|储 of 国王储: the post is 王储), unless the characters
    // after it begin a compound surname (国务委员|长孙某某, not 国务委员长 + 孙某某)
    const compound = (k.surnames.longestMatchAt(text, at, s.end)?.end ?? at) - at === 2;
    for (let end = at + 1; end <= Math.min(s.end, at + 2) && !compound; end++) {
      const other = k.titlesBack.longestSuffixEndingAt(text, end, s.start);
      if (other && other.start > title.start && other.start < at) return null;
    }
    return 'person.title-before';
  }
  // a verb that takes a person as its object (任命某某为…, 免去某某…职务: person-verbs.tsv, note `before`)
  const verb = appointingVerbs().longestSuffixEndingAt(text, at, s.start);
  if (verb && tokenStartingAt(s, at) >= 0) return 'person.verb-before';
  const role = cues.before.longestSuffixEndingAt(text, at, s.start);
  // a role noun is a word of its own: jieba starts a token right after it (领导班子 is no 领导 + 班子)
  if (role && role.value >= ROLE_WEIGHT && !CREDIT_WORDS.has(text.slice(role.start, at)) && (tokenStartingAt(s, at) >= 0 || gluedSurname(c, at))) return 'person.role-before';
  return null;
}

/** The name right after the opener and the 、-list items after it. */
function slotNames(c: Ctx, at: number, rule: string): Found[] {
  const out: Found[] = [];
  let from = at;
  let inList = rule === 'person.list';
  for (;;) {
    const end = nameEnd(c, from, rule, inList) ?? (inList ? null : listHead(c, from, rule));
    if (end === null) break;
    const { text } = c;
    const name = text.slice(from, end);
    // a dotted name keeps the rule of its shape (person.dotted), wherever it stands
    out.push({ type: 'person', start: from, end, text: name, rule: NAME_DOT.test(name) ? 'person.dotted' : inList ? 'person.list' : rule, strong: true });
    // the list goes on after 、 or a joining word, unless a title opens the next item (its own slot)
    const join = nameFollowers().longestMatchAt(text, end, c.s.end);
    if (!join || !(text[end] === '、' || join.value === 'join')) break;
    from = join.end;
    if (openerAhead(c, from)) break;
    inList = true;
  }
  return out;
}

/**
 * The first item of a 、-list that is also a word (市领导方某、秦某某, 代表万某、崔某某): a name when the item after it
 * is one that is no word. Its end, or null.
 */
function listHead(c: Ctx, start: number, opener: string): number | null {
  for (let end = start + 2; end <= Math.min(c.s.end - 1, start + 4); end++) {
    if (c.text[end] !== '、') continue;
    const slot: Slot = { role: false, rank: 0, inList: true, closedBy: 3 };
    if (!nameShape(c, start, end, slot)) return null;
    const next = nameEnd(c, end + 1, opener, true);
    if (next === null) return null;
    const word = oneToken(c, end + 1, next);
    // …or when the list ends in an act at an event (代表高山、万里在会上发言: things do not speak)
    return word && !word.tag.startsWith('nr') && word.tag !== 'x' && !actAfter(c, next) ? null : end;
  }
  return null;
}

/**
 * jieba glued the surname after a role noun to it (领导/权 read as 领导权): the token ends one character on, on a
 * surname, and what follows is a given name's stuff — one character, or a name or unknown word — not an ordinary
 * word (研究生班 + 毕业 is no 班 + 毕业).
 */
function gluedSurname(c: Ctx, at: number): boolean {
  const i = tokenEndingAt(c.s, at + 1);
  const next = c.s.tokens[tokenStartingAt(c.s, at + 1)];
  return i >= 0 && (c.s.tokens[i] as Token).start < at && c.k.surnames.get(c.text[at] as string) !== undefined &&
    next !== undefined && (next.word.length === 1 || next.tag.startsWith('nr') || next.tag === 'x');
}

/** A title or role noun starts at `at` (the next list item has its own opener). */
function openerAhead(c: Ctx, at: number): boolean {
  return c.k.titles.longestMatchAt(c.text, at, c.s.end) !== null;
}

/**
 * Where a name starting at `start` ends: the one end that a follower closes (name-followers.tsv, person verbs,
 * titles, a date). Where several ends could be closed (王某将担任: 王某 + 将担任 or 王某将 + 担任; 某某在讲话中), the
 * slot says nothing and the name is left to the scorer (person.ts), unless exactly one of them is closed by a
 * mark or a list word (谢某在、 is 谢某在).
 */
/** 在 and the occasion of a speech after a name (某某在讲话中指出, 某某在会上强调, 某某在致辞时说) */
const SPEECH_PLACE_AFTER = /^在(?:讲话|致辞|发言|会上|会议上|大会上|座谈会上|总结讲话|动员讲话|报告)/;

function nameEnd(c: Ctx, start: number, opener: string, inList: boolean): number | null {
  const ends: { end: number; strength: number; mark: boolean }[] = [];
  // after a verb of appointment (任命某某为…) a name that is also a word is as sure as after a leader's post
  const rank = opener === 'person.title-before' ? rankBefore(c, start) : opener === 'person.verb-before' ? HIGH_RANK : 0;
  for (let end = start + 2, last = nameReach(c, start); end <= last; end++) {
    // 在 + where a speech is given (在讲话中, 在会上, 在致辞时) closes a name as surely as a mark does
    const strength = c.text.charCodeAt(end) === ZAI && SPEECH_PLACE_AFTER.test(c.text.slice(end, end + 8)) ? 3 : followerStrength(c, end);
    const slot: Slot = { role: opener === 'person.role-before' || opener === 'person.verb-before', rank, inList, closedBy: strength };
    if (strength < 2) { if (strength === 1 && nameShape(c, start, end, slot)) ends.push({ end, strength, mark: false }); continue; }
    if (nameShape(c, start, end, slot)) ends.push({ end, strength, mark: followerIsMark(c, end) });
  }
  const strong = ends.filter((e) => e.strength >= 2);
  if (strong.length === 0) return null;
  if (ends.length === 1) return (strong[0] as { end: number }).end;
  // a transliterated name takes every transliteration character up to its follower (吐尔逊·麦麦提 + 出席, not
  // 吐尔逊·麦麦 + 提出)
  if (NAME_DOT.test(c.text.slice(start, (ends[0] as { end: number }).end))) return longestTranslit(c, strong.map((e) => e.end));
  // a minority name made whole of the parts of its people (巴图 + 孟和, before 和 read as a joining word)
  const whole = strong.filter((e) => minorityParts(c.text.slice(start, e.end), 3));
  if (whole.length >= 1) return (whole[whole.length - 1] as { end: number }).end;
  const marked = ends.filter((e) => e.mark);
  if (marked.length === 1 && marked[0] === ends[ends.length - 1]) return (marked[0] as { end: number }).end;
  // else the one end closed by the dictionaries where the others are closed only by a verb of jieba's (某某生 + 发来,
  // not 某某 + 生发)
  const byJieba = (e: { end: number }): boolean => jiebaVerbAt(c, e.end, 2) && followerStrength(c, e.end, false) < 3;
  // …unless that end cuts a word of jieba's and its follower is one character (冯某 + 见到, not 冯某见 + 到)
  const followerLength = (at: number): number => Math.max(c.k.verbsAfter.longestMatchAt(c.text, at, c.s.end)?.end ?? at, nameFollowers().longestMatchAt(c.text, at, c.s.end)?.end ?? at) - at;
  const weakCut = (e: { end: number }): boolean => tokenStartingAt(c.s, e.end) < 0 && followerLength(e.end) === 1;
  const sure = strong.filter((e) => !byJieba(e) && !weakCut(e));
  if (strong.length >= 2 && sure.length === 1 && ends.every((e) => e === sure[0] || byJieba(e))) return (sure[0] as { end: number }).end;
  // else the one end where jieba's cut agrees (长孙/芳志/在, not 芳 + 志在)
  const cut = strong.filter((e) => tokenStartingAt(c.s, e.end) >= 0 && tokenEndingAt(c.s, e.end) >= 0);
  return cut.length === 1 && ends.every((e) => e === cut[0] || tokenEndingAt(c.s, e.end) < 0) ? (cut[0] as { end: number }).end : null;
}

const ZAI = '在'.charCodeAt(0);

/**
 * The furthest end nameShape can accept for a name starting at `start` (of at most 16 characters): a name is Han
 * characters and the marks of a dotted name, and one of more than six characters is a dotted one. The ends beyond
 * it are never read (they were each judged and refused: most of a slot's time).
 */
function nameReach(c: Ctx, start: number): number {
  const { text } = c;
  const last = Math.min(c.s.end, start + 16);
  let dotted = false;
  let i = start;
  for (; i < last; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x4e00 && code <= 0x9fff) continue;
    if (!hasCharAt(SEPARATOR, text, i)) break;
    dotted = true;
  }
  // (the loop stopped at the first character no name holds, or at `last`)
  return dotted ? i : Math.min(i, start + 6);
}

/** A mark (or the sentence's end, or a date: 马某7日在…) closes the name beyond doubt. */
/** The furthest end that takes no dictionary word of two characters or more into the name (举行 of 某某·某某举行会谈). */
function longestTranslit(c: Ctx, ends: readonly number[]): number {
  let best = ends[0] as number;
  for (const end of ends.slice(1)) {
    // nor a whole person verb (某某·沙力克 + 监誓; but 麦麦 + 提 before 出席 is 麦麦提)
    if ((c.k.verbsAfter.longestMatchAt(c.text, best, c.s.end)?.end ?? Infinity) <= end) return best;
    for (let i = tokenStartingAt(c.s, best); i >= 0 && i < c.s.tokens.length; i++) {
      const t = c.s.tokens[i] as Token;
      if (t.start >= end) break;
      if (t.word.length >= 2 && t.tag !== 'x' && !t.tag.startsWith('nr')) return best;
    }
    best = end;
  }
  return best;
}

function followerIsMark(c: Ctx, end: number): boolean {
  return end === c.s.end || nameFollowers().longestMatchAt(c.text, end, c.s.end)?.value === 'mark' || DATE_AFTER.test(c.text.slice(end, end + 4));
}

/**
 * 3: certain (a mark, a list word, a person verb, a verb of jieba's of two characters or more, a title, a date);
 * 2: a joining word, preposition or adverb before what may follow it; 1: weak; 0: none. jieba's one-character
 * verbs are too often a name's last character or a syllable (某某树在…, 差瓦利·永/猜/裕) to end a name.
 */
function followerStrength(c: Ctx, end: number, jieba = true): number {
  const { k, text, s } = c;
  if (end >= s.end) return 3;
  if (lastCharOfName(c, end)) return 0;
  // a word of manner and a person verb (某某现场述职, 某某逐一点评)
  const manner = MANNER.exec(text.slice(end, end + 2));
  if (manner && k.verbsAfter.longestMatchAt(text, end + manner[0].length, s.end)) return 3;
  if (k.verbsAfter.longestMatchAt(text, end, s.end) || (jieba && jiebaVerbAt(c, end, 2))) return 3;
  if (k.titles.longestMatchAt(text, end, s.end)) return 3;
  if (DATE_AFTER.test(text.slice(end, end + 4))) return 3;
  const f = nameFollowers().longestMatchAt(text, end, s.end);
  if (!f) return 0;
  return strengthOf(c, f.value, f.end);
}

/** An act at an event at `at` (出席, 发言: person-verbs.tsv), or 在 and where a speech is given (在会上发言). */
function actAfter(c: Ctx, at: number): boolean {
  if (c.text.charCodeAt(at) === ZAI && SPEECH_PLACE_AFTER.test(c.text.slice(at, at + 8))) return true;
  const verb = c.k.verbsAfter.longestMatchAt(c.text, at, c.s.end);
  return verb !== null && ACT_ROLES.has(verb.value);
}

/** 等 right after `end`, then an act at an event (actAfter): what stands before 等 is people. */
function actsAfterDeng(c: Ctx, end: number): boolean {
  return c.text[end] === '等' && actAfter(c, end + 1);
}

/** person-verbs.tsv roles of an act at an event (not a statement, not a plain context word) */
const ACT_ROLES: ReadonlySet<string> = new Set(['PRESIDED', 'SPOKE', 'ATTENDED', 'VIDEO_SPEECH', 'TOOK_PART']);
/** words of manner between a preposition's place and a verb (仇某为现场述职: 为 + 现场 + a verb, no object for 为) */
const MANNER = /^(?:现场|当场|逐一|依次|分别|先后|集中|共同)/;

/**
 * 说 or 在 that cannot be a verb or a preposition where it stands is a name's last character: 说 right before an act
 * or a list word (某某说通报了, 某某说出席会议, 某某说先后发言: a statement verb is followed by its words, never by another
 * act), 在 right before 等 or a list mark (某某在等县委常委出席).
 */
function lastCharOfName(c: Ctx, end: number): boolean {
  const ch = c.text[end];
  if (ch === '在') return c.text[end + 1] === '等' || c.text[end + 1] === '、';
  if (ch !== '说') return false;
  const verb = c.k.verbsAfter.longestMatchAt(c.text, end + 1, c.s.end);
  if (verb && ACT_ROLES.has(verb.value)) return true;
  const f = nameFollowers().longestMatchAt(c.text, end + 1, c.s.end);
  return f !== null && f.value === 'word' && f.end - f.start >= 2;
}

function strengthOf(c: Ctx, kind: FollowerKind, after: number): number {
  if (kind === 'mark' || kind === 'word') return 3;
  if (kind === 'weak') return 2;
  const next = nameFollowers().longestMatchAt(c.text, after, c.s.end);
  // a joining word or preposition before another follower joins nothing (某某和、, 某某和依次)
  if (after >= c.s.end || (next && (next.value !== 'word' || kind !== 'adverb'))) return 0;
  // …a verb, or a word of manner and a verb (为现场述职)
  const manner = kind === 'prep' ? MANNER.exec(c.text.slice(after, after + 2))?.[0].length ?? 0 : 0;
  const at = after + manner;
  // (a post jieba tags a verb is none: 某某和镇长/v + a name)
  const verb = c.k.verbsAfter.longestMatchAt(c.text, at, c.s.end) !== null || (tokenTag(c, at).startsWith('v') && c.k.titles.longestMatchAt(c.text, at, c.s.end) === null);
  // 和/与 and prepositions take a noun, never a verb (某某和主持 is 某某和 + 主持); an adverb or 在 may (某某在讲话中)
  if (kind === 'join' || kind === 'prep') return verb ? 0 : 2;
  return verb ? 1 : 2;
}

/** Characters that, after a verb, say its result (见到, 来到): jieba's two-character verbs so ending are verbs. */
const RESULT_COMPLEMENTS: ReadonlySet<string> = new Set(['到']);

/** A verb token of jieba's there, not one it made of a name's last character and a function word (某某发/在 as 发在/v). */
function jiebaVerbAt(c: Ctx, at: number, minLength: number): boolean {
  const i = tokenStartingAt(c.s, at);
  if (i < 0) return false;
  const t = c.s.tokens[i] as Token;
  if (t.tag !== 'v' || t.word.length < minLength) return false;
  const tail = nameFollowers().longestMatchAt(t.word, 1, t.word.length);
  // 到 after a verb is its result (见到, 来到, 受到), a verb of its own, not a name's character + a preposition
  return !(t.word.length === 2 && tail && tail.value !== 'mark' && !RESULT_COMPLEMENTS.has(t.word.slice(1)));
}

function tokenTag(c: Ctx, at: number): string {
  const i = tokenStartingAt(c.s, at);
  return i < 0 ? '' : (c.s.tokens[i] as Token).tag;
}

/**
 * Whether [start, end) has the shape of a name. A span that is also an ordinary dictionary word (高峰, 夏天, 易北)
 * is a name only after an official title, closed by a mark, a date or a person verb, with given-name characters
 * (not 干部, 近日), or as a list item.
 */
/** Surnames that are also conjunctions or prepositions joining two words (和, 与, 及, 同, 跟) */
const JOINING_SURNAMES = new Set([...'和与及同跟']);
/** A place's level followed by one of its bodies (村党支部, 镇党委, 乡政府, 街道党工委, 社区居委会) */
const PLACE_BEFORE_BODY = /^(?:村|镇|乡|街道|社区|嘎查|苏木)(?:党|两委|村委|居委|人大|政府|办事处|支部|纪委)/;

/** jieba reads a word of its dictionary (no name, no unknown word) of two characters or more starting at `at`. */
function commonWordAt(c: Ctx, at: number): boolean {
  const t = c.s.tokens[tokenStartingAt(c.s, at)];
  return t !== undefined && t.word.length >= 2 && !t.tag.startsWith('nr') && t.tag !== 'x';
}

function nameShape(c: Ctx, start: number, end: number, slot: Slot): boolean {
  const { k, text } = c;
  const span = text.slice(start, end);
  if (span.length > 6 || NAME_DOT.test(span)) return dottedName(c, start, end);
  if (!HAN.test(span)) return false;
  // (说 may end a name where it cannot be a verb: 某某说通报了)
  if (hasCharAt(NEVER_LAST, text, end - 1) && !(text[end - 1] === '说' && lastCharOfName(c, end - 1))) return false;
  // 所 before 作/做 is the particle of 所作的报告, and 关 before 于 begins 关于 (某某关于…的汇报): not a name's character
  if ((text[end - 1] === '所' && (text[end] === '作' || text[end] === '做')) || (text[end - 1] === '关' && text[end] === '于')) return false;
  // a surname that is also a conjunction before a word of its own (书记和主任, 负责人和企业代表, 第一书记和工作队员)
  if (JOINING_SURNAMES.has(text[start] as string) && commonWordAt(c, start + 1)) return false;
  // a village, town or street before its bodies (石岗村党支部书记, 柳集镇党委书记): the name of a place
  if (PLACE_BEFORE_BODY.test(text.slice(end, end + 5))) return false;
  // a person verb of either side (主持, 任命; not 任 alone, a surname) or a title never begins a name, nor stands
  // inside it (和|专家, 和副|主任)
  if ((getLexicon().personVerbs.prefix.longestMatchAt(text, start, end)?.end ?? start) - start >= 2 || k.titles.longestMatchAt(text, start, end)) return false;
  for (let i = start + 1; i < end; i++) {
    const inner = k.titles.longestMatchAt(text, i, c.s.end);
    // a title that ends the span is the given name's last characters right after a post and before a sure follower
    // (副省长邓军长，; 部长朱河长主持), never elsewhere (王局长 is 王 + 局长)
    if (inner && !(inner.end === end && slot.rank > 0 && slot.closedBy >= 3 && end - start === 3 && !k.titles.longestMatchAt(text, end, c.s.end))) return false;
  }
  if (followerBegins(c, start, end, slot) || getLexicon().meetingKinds.byWord.has(span)) return false;
  // a division or country written in full is a place; a landmark, region or star (江南, 金星) can be a name here
  const place = k.places.longestMatchAt(text, start, end);
  if (place && place.end === end && !place.value.short && !NAME_LIKE_PLACES.has(place.value.kind)) return false;
  const whole = oneToken(c, start, end);
  if (whole && GRAMMAR_TAGS.has(whole.tag)) return false;
  // a word of jieba's dictionary (x: an unknown word jieba's HMM made, as it makes names)
  const word = whole !== null && !whole.tag.startsWith('nr') && whole.tag !== 'x';
  // two or three parts of a minority people's names (巴图 + 孟和, 赛罕 + 其其格), though the first begins like a surname
  if (end - start >= 4 && minorityParts(span, 3)) return true;
  if (surnameFits(k, text, start, end)) {
    if (wordInside(c, start, end, slot.role && !slot.inList, slot.rank >= OFFICIAL_RANK && slot.closedBy >= 3 && !slot.inList)) return false;
    if (!word || slot.inList) return true;
    // closed by a mark, a verb, a title or a date after any post; by 在 or 的 only after a high one (省长某某在省城); by
    // 等 and an act after any slot (片区领导高原等出席会议: things do not attend)
    const rank = slot.closedBy >= 3 ? OFFICIAL_RANK : HIGH_RANK;
    return (slot.rank >= rank || actsAfterDeng(c, end)) && givenEvidence(k, text, { start, mid: end - 1, end }) >= GIVEN_FLOOR;
  }
  const translit = allTranslit(c, start, end);
  // a name without a surname: transliteration characters (巴特尔, 扎西), or four characters in pieces jieba reads as
  // names or unknown words (索朗/x 白玛/x), never one dictionary word (人民群众)
  if (hasInside(text, start, end)) return false;
  // a run of transliteration characters (巴特尔), none of it a word of jieba's dictionary (江南|依次 is no name)
  if (translit && !whole && !dictionaryWordIn(c, start, end)) return true;
  // a Tibetan, Mongolian or Yi name: one to three parts of minority-name-parts.tsv (扎西, 索朗白玛, 娜仁高娃, 吉克伍沙)
  return end - start <= 6 && minorityParts(text.slice(start, end), 3);
}

/**
 * A dotted or hyphenated name (热依拉·艾山, 孟和·巴特尔, 让-米歇尔·杜兰): parts of one to seven Han characters, no
 * function character; a part of three characters holds a transliteration character (阿不都, 其其格), a longer
 * one starts with one and is mostly made of them (a dot between Chinese words is no name).
 */
function dottedName(c: Ctx, start: number, end: number): boolean {
  const { k, text } = c;
  const span = text.slice(start, end);
  if (!DOTTED.test(span) || hasCharAt(SEPARATOR, text, end) || hasCharAt(NEVER_LAST, text, end - 1)) return false;
  for (let i = start; i < end; i++) if (hasCharAt(NEVER_INSIDE_DOTTED, text, i)) return false;
  // each part: a syllable pair (孟和, 古丽), or a run that starts with a transliteration character and is mostly of
  // them (not 外长何塞, 官马克思: a title or word before the name)
  for (const part of span.split(NAME_DOT)) {
    if (part.length <= 2) continue;
    let t = 0;
    for (let i = 0; i < part.length; i++) if (hasCharAt(k.translitByUnit, part, i)) t++;
    // (a part of four, half of them at least: Uyghur syllables are written with common characters too, 阿不来提)
    if (part.length === 3 ? t === 0 : !hasCharAt(k.translitByUnit, part, 0) || (part.length === 4 ? t < 2 : t * 5 < part.length * 3)) return false;
  }
  return true;
}

/** A dictionary word of jieba's of two characters or more (not an unknown word or a name) lies within [start, end). */
function dictionaryWordIn(c: Ctx, start: number, end: number): boolean {
  for (const t of c.s.tokens) {
    if (t.start >= start && t.end <= end && t.word.length >= 2 && t.tag !== 'x' && !t.tag.startsWith('nr')) return true;
  }
  return false;
}

let appointing: SuffixTrie<true> | undefined;

/** person-verbs.tsv's verbs of two characters or more noted `before` (任命, 免去, 提名): the person follows them. */
function appointingVerbs(): SuffixTrie<true> {
  appointing ??= new SuffixTrie(getLexicon().personVerbs.entries.filter((e) => e.note.startsWith('before') && e.verb.length >= 2).map((e) => [e.verb, true] as const));
  return appointing;
}

/**
 * A follower begins the span (在会上, 和副主任): no name, unless the follower is also a surname (于, 和, 向) and the
 * slot wants a name there — right after a title or a list mark, or before a title (副委员长于某某、, 贯彻于某主席) —
 * or, after a role noun, jieba does not read it as the function word.
 */
function followerBegins(c: Ctx, start: number, end: number, slot: Slot): boolean {
  const f = nameFollowers().longestMatchAt(c.text, start, end);
  if (!f) return false;
  if (f.end - start > 1 || !c.k.surnames.get(c.text[start] as string)) return true;
  if (slot.inList || !slot.role) return false;
  const i = tokenStartingAt(c.s, start);
  return i < 0 || (c.s.tokens[i] as Token).end === f.end;
}

/** Light verbs written before a person's act (作讲话, 作视频讲话, 做发言). */
const LIGHT_VERBS = charTable('作做');

/** The span's last character begins a person's verb (某某|作讲话), or is a light verb before one (作 + 视频讲话). */
function gluedToVerb(c: Ctx, end: number): boolean {
  return c.k.verbsAfter.longestMatchAt(c.text, end - 1, c.s.end) !== null || (hasCharAt(LIGHT_VERBS, c.text, end - 1) && c.k.verbsAfter.longestMatchAt(c.text, end, c.s.end) !== null);
}

/** Tags of a dictionary word that is also a given name (强生/v, 立为/d, 建中/v, 远航/v, 晓明/a): not a measure word (美方/q). */
const NAME_LIKE_WORD_TAGS = new Set(['v', 'vn', 'd', 'a', 'ad']);

/** A function character inside a name without a Chinese surname (a Han given name may hold 为, 和, 之: 王为民). */
function hasInside(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (hasCharAt(NEVER_INSIDE, text, i)) return true;
  return false;
}

/** A surname and a given name of one or two characters that is no honorific (邝先生, 王某 are references). */
/**
 * A dictionary word of grammar inside the given name (研究生班毕业: 毕业; 记者时表示: 表示), or, after a role noun, a
 * word that begins at the name and ends inside it (领导干部要: 干部): the span is words, not a name.
 */
function wordInside(c: Ctx, start: number, end: number, role: boolean, official = false): boolean {
  // given-name characters through and through (培华, though jieba tags it a verb) are a given name
  const sur = c.k.surnames.longestMatchAt(c.text, start, end);
  if (sur && sur.end < end && givenEvidence(c.k, c.text, { start, mid: sur.end, end }) >= GIVEN_NAME_SURE) return false;
  for (let i = tokenCovering(c.s, start); i >= 0 && i < c.s.tokens.length; i++) {
    const t = c.s.tokens[i] as Token;
    if (t.start >= end) break;
    if (t.start < start || t.end > end || t.word.length < 2 || t.tag.startsWith('nr') || t.tag === 'x') continue;
    // after an official's post and before a sure follower, a verb that is the whole given name is one (国家主席韩 +
    // 强生/v + 1日; 县长李 + 建成/v + 在会上): a person's verb never is (局长王 + 表示)
    // (nor one glued to a person's verb, 汤 + 强作/vn + 视频讲话: 作 + 视频讲话)
    if (official && sur && t.start === sur.end && t.end === end && NAME_LIKE_WORD_TAGS.has(t.tag) && !c.k.verbsAfter.get(t.word) && !gluedToVerb(c, end)) continue;
    if (t.start > start && INSIDE_TAGS.has(t.tag)) return true;
    if (t.start === start && t.end < end && role && !c.k.surnames.get(t.word)) return true;
  }
  return false;
}

function rankBefore(c: Ctx, start: number): number {
  return c.k.titlesBack.longestSuffixEndingAt(c.text, start, c.s.start)?.value.rank ?? 0;
}

function surnameFits(k: Knowledge, text: string, start: number, end: number): boolean {
  for (const m of k.surnames.allMatchesAt(text, start, end)) {
    const given = end - m.end;
    if (given < 1 || given > 2) continue;
    if (HONORIFIC_GIVEN.some((h) => text.startsWith(h, m.end)) || text[m.end] === '老' && given === 1) continue;
    return true;
  }
  return false;
}

function oneToken(c: Ctx, start: number, end: number): Token | null {
  const i = tokenStartingAt(c.s, start);
  if (i < 0) return null;
  const t = c.s.tokens[i] as Token;
  return t.end === end ? t : null;
}
