// What a name read in its slot looks like, and where it ends (person-slot.ts and the readers beside it): the slot
// (after a title, a role noun, in a list) says how sure a name's extent is; the follower after it (a mark, a list
// word, a person verb, a title, a date: dictionaries/name-followers.tsv) closes it; nameShape decides whether the
// characters between can be a name of any shape — a rare or compound surname, a name that is also a word, a
// Tibetan or Uyghur name, a dotted foreign name.
import { isHanSpan } from '../../text/han.js';
import type { Sentence, Token } from '../types.js';
import { tokenCovering, tokenEndingAt, tokenStartingAt } from '../tokens.js';
import type { Knowledge } from './knowledge.js';
import type { Cues } from './person-cues.js';
import { nameFollowers, type FollowerKind } from '../../lexicon/name-followers.js';
import { charTable, hasCharAt } from './char-table.js';
import { getLexicon } from '../../lexicon/lexicon.js';
import { minorityParts } from '../../lexicon/minority-names.js';
import { SuffixTrie } from '../../lexicon/trie.js';
import { givenEvidence, HONORIFIC_GIVEN, LIGHT_VERBS } from './person-score.js';
import { speechOpensAt } from './person-tokens.js';
import { tagSet } from './tag-groups.js';

/** a role noun before a name counts as a slot from this weight on (门将, 企业家, 领导 …: person-cues.tsv) */
export const ROLE_WEIGHT = 2;

/** credit words open no slot here: bylines and credits are their own layer (src/text/credits.ts), and in running text
 * 记者 is followed by what the reporter saw (记者明显感到), not by a name */
export const CREDIT_WORDS = new Set(['记者', '通讯员']);

/** characters that never stand inside a transliterated or surname-less name: particles, pronouns, function words */
const NEVER_INSIDE = charTable('的了着过在和与及是也都就还又把被将对从为向以于等个这那其之所并或而每各该此');

/** …the same, less the characters that transliterate syllables of Mongolian and Uyghur names (孟和, 其其格, 阿不都) */
/** A part of a dotted name with 和 inside, two characters or more on each side. */
const JOINED_PART = /^[^和]{2,}和[^和]{2,}$/;
const NEVER_INSIDE_DOTTED = charTable('的了着过在与及是也就还又把被将对从为向以于等个这之所并或而每各该此');

/** characters that end the names of places and bodies (县, 局 …) or meetings (议) */
const NEVER_LAST = charTable('县市区镇乡村省州局委厅署寺庙派岛湖路街巷殿馆杯议队届室堂部处组的得了过着被把呢吗吧啊们说以等是');

/** jieba tags of a one-token span that is a word of grammar, never a name */
const GRAMMAR_TAGS = tagSet('verb', 'adverb', 'adverbialAdjective', 'preposition', 'conjunction', 'pronoun', 'particle', 'locative', 'measure', 'interjection', 'onomatopoeia');

/** …and, inside a given name, numerals too (几天来) */
const INSIDE_TAGS = new Set([...GRAMMAR_TAGS, 'm']);

/** tags of the token right before a name that stands before its title (学习/v, 了/ul, 的/uj, 向/p, 和/c) */
const LEFT_TAGS = new Set(['v', 'vn', 'p', 'c', 'ul', 'uj', 'uz', 'ug', 'd']);

/** kinds of place words that people are also named (金星, 江南, 长城) */
export const NAME_LIKE_PLACES = new Set(['celestial', 'region', 'landmark', 'landform', 'mountain', 'river', 'lake', 'sea']);

/** the least given-name evidence (person-score.ts) of an ordinary word read as a name (高峰, 明月 yes; 近日, 于是 no) */
const GIVEN_FLOOR = -2.5;

/** given-name evidence (person-score.ts) above which a given name stands whatever jieba makes of it (培华/v) */
const GIVEN_NAME_SURE = 0.5;

/** the least protocol rank (titles.tsv) of a title before a name that is also a word: a post, not an occupation
 * (副县长高峰，… yes; 教师宿舍。 no) */
const OFFICIAL_RANK = 3;

/** …and of one whose name is closed only by 在 or 的 (a leader's post: 县长, 书记, 主任) */
export const HIGH_RANK = 6;

const DOTTED = /^[\u4e00-\u9fff]{1,7}(?:[·•‧・\-－][\u4e00-\u9fff]{1,7}){1,3}$/;

export const HAN = /^[\u4e00-\u9fff]{2,6}$/;

const DATE_AFTER = /^(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[日月号]/;

export const SEPARATOR = charTable('·•‧・-－');

/** the marks that join the parts of a minority or foreign name (某某·某某, 某某-某某) */
export const NAME_DOT = /[·•‧・\-－]/;

/** What kind of slot a span stands in: after a role noun, after (or before) an official title, in a list. */
export interface Slot {
  role: boolean;
  /** the protocol rank of the title next to the span (titles.tsv), 0 when none */
  rank: number;
  inList: boolean;
  /** how surely what follows the span ends it (followerStrength) */
  closedBy: number;
}

export interface Ctx {
  k: Knowledge;
  cues: Cues;
  text: string;
  s: Sentence;
}

/** Every character of [start, end) transliterates a syllable (巴特尔, 扎西). */
export function allTranslit(c: Ctx, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!hasCharAt(c.k.translitByUnit, c.text, i)) return false;
  return true;
}

/**
 * Verbs of the study sessions that name a leader before the leader's title (学习贯彻某某主席重要讲话精神), and 受 of
 * a delegation (受某某主席委托): after one, a name that is also a word is still a name.
 */
const STUDY_VERBS: readonly string[] = ['学习', '贯彻', '传达', '领会', '落实', '学习了', '传达了', '贯彻了', '按照', '根据', '遵照', '受'];

export function studyVerbBefore(c: Ctx, at: number): boolean {
  return STUDY_VERBS.some((v) => at - v.length >= c.s.start && c.text.startsWith(v, at - v.length));
}

/** A name may start here: the sentence starts, a mark stands before, or a verb, preposition or particle ends here. */
export function leftClosed(c: Ctx, at: number): boolean {
  if (at === c.s.start || /[、，,。；;：:“"（(了的]/.test(c.text[at - 1] as string) || studyVerbBefore(c, at)) return true;
  const i = tokenEndingAt(c.s, at);
  if (i < 0 || tokenStartingAt(c.s, at) < 0) return false;
  return LEFT_TAGS.has((c.s.tokens[i] as Token).tag);
}

/** 在 and the occasion of a speech after a name (某某在讲话中指出, 某某在会上强调, 某某在致辞时说) */
const SPEECH_PLACE_AFTER = /^在(?:讲话|致辞|发言|会上|会议上|大会上|座谈会上|总结讲话|动员讲话|报告)/;

/**
 * Where a name starting at `start` ends: the one end that a follower closes (name-followers.tsv, person verbs,
 * titles, a date). Where several ends could be closed (王某将担任: 王某 + 将担任 or 王某将 + 担任; 某某在讲话中), the
 * slot says nothing and the name is left to the scorer (person.ts), unless exactly one of them is closed by a
 * mark or a list word (谢某在、 is 谢某在).
 */
export function nameEnd(c: Ctx, start: number, opener: string, inList: boolean): number | null {
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
  // a minority name of four characters made whole of two parts of its people (海来 + 拉则, 吉伍 + 阿都, 扎西 + 次仁) is
  // the name, where a follower inside it (则, 都) or none after it (+ 严重违纪) gives it no end of its own
  const four = start + 4;
  if (four <= c.s.end && !ends.some((e) => e.end >= four) && !hasCharAt(SEPARATOR, c.text, four) && isHanSpan(c.text, start, four) && minorityParts(c.text.slice(start, four), 2)) return four;
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

/** The longest dotted name read in a slot: a Russian name with its patronymic (德米特里·亚历山德罗维奇·库兹涅佐夫) has 17. */
const NAME_MAX_DOTTED = 24;

/**
 * The furthest end nameShape can accept for a name starting at `start` (of at most NAME_MAX_DOTTED characters): a name
 * is Han characters and the marks of a dotted name, and one of more than six characters is a dotted one. The ends
 * beyond it are never read (they were each judged and refused: most of a slot's time).
 */
function nameReach(c: Ctx, start: number): number {
  const { text } = c;
  const last = Math.min(c.s.end, start + NAME_MAX_DOTTED);
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
      // (a word of transliteration characters that runs on into another, 热合/v + 曼 of 阿不都热合曼, is syllables)
      if (t.word.length >= 2 && t.tag !== 'x' && !t.tag.startsWith('nr') && !translitRun(c, t)) return best;
    }
    best = end;
  }
  return best;
}

/** The token is transliteration characters only, and one more follows it. */
function translitRun(c: Ctx, t: Token): boolean {
  for (const ch of t.word) if (!c.k.translit.has(ch)) return false;
  return c.k.translit.has(c.text[t.end] ?? '');
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
export function actAfter(c: Ctx, at: number): boolean {
  if (c.text.charCodeAt(at) === ZAI && SPEECH_PLACE_AFTER.test(c.text.slice(at, at + 8))) return true;
  const verb = c.k.verbsAfter.longestMatchAt(c.text, at, c.s.end);
  return verb !== null && ACT_ROLES.has(verb.value);
}

/** 等 right after `end`, then an act at an event (actAfter): what stands before 等 is people. */
export function actsAfterDeng(c: Ctx, end: number): boolean {
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
  // (…unless the preposition opens a frame its clause closes: 就 + 督察整改工作 + 提出要求, whose object begins with a verb)
  if (kind === 'prep' && verb && FRAMED_PREPS.has(c.text.slice(after - 1, after)) && FRAME_CLOSER.test(clauseFrom(c, at))) return 2;
  if (kind === 'join' || kind === 'prep') return verb ? 0 : 2;
  return verb ? 1 : 2;
}

/** Prepositions whose object a verb closes later in the clause (就…提出要求, 对…作出部署, 围绕…作交流发言). */
const FRAMED_PREPS: ReadonlySet<string> = new Set(['就', '对']);
/** the verbs that close such a frame, after its object */
const FRAME_CLOSER = /^[^，。；：]{2,24}?(?:提出|作出|做出|作了|进行|发表|表态|部署|强调|谈了?|讲了|交流|说明)/;

/** The clause from `at` to the next clause mark (at most 40 characters). */
function clauseFrom(c: Ctx, at: number): string {
  return c.text.slice(at, Math.min(c.s.end, at + 40));
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
  // (an adjective or adverb joins no one to the noun before it: 领导和|平等/a + 等出席 is 领导 + 和平)
  return t !== undefined && t.word.length >= 2 && !t.tag.startsWith('nr') && t.tag !== 'x' && !NOT_JOINED_TAGS.has(t.tag);
}

/** Tags of a word 和 cannot join to a person or a post before it. */
const NOT_JOINED_TAGS = new Set(['a', 'ad', 'd']);

/**
 * A world city's name right after a post and before a person's act (副主任柏林主持, 县委书记华沙出席) is a person's: a city
 * is written before a post, never between a post and its act. (A division of China written in full ends in its level.)
 */
function cityAsName(kind: string, span: string, slot: Slot): boolean {
  return kind === 'city' && !DIVISION_LAST.test(span) && slot.rank > 0 && !slot.inList && slot.closedBy >= 3;
}
const DIVISION_LAST = /[市州盟县区旗]$/;

export function nameShape(c: Ctx, start: number, end: number, slot: Slot): boolean {
  const { k, text } = c;
  const span = text.slice(start, end);
  // 作/做 before a person's act is the light verb of 作重要讲话, 做工作报告, 作院长工作报告: not the name's last character
  if (hasCharAt(LIGHT_VERBS, text, end - 1) && (k.verbsAfter.longestMatchAt(text, end, c.s.end) !== null || speechOpensAt(text, end - 1, c.s.end))) return false;
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
  if (place && place.end === end && !place.value.short && !NAME_LIKE_PLACES.has(place.value.kind) && !cityAsName(place.value.kind, span, slot)) return false;
  const whole = oneToken(c, start, end);
  // (an adverb right after a post and right before a mark of name-followers.tsv is a name that is also a word:
  // 局长居然、; no adverb stands before 、)
  if (whole && GRAMMAR_TAGS.has(whole.tag) && !(whole.tag === 'd' && slot.rank > 0 && end < c.s.end && nameFollowers().longestMatchAt(text, end, c.s.end)?.value === 'mark' && surnameFits(k, text, start, end))) return false;
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
  if (unknownMinorityName(c, start, end, slot)) return true;
  // (a whole name of its people's table of three characters or more holds what it transcribes: 其木格, 其其格)
  if (end - start >= 3 && minorityParts(span, 1)) return true;
  if (hasInside(text, start, end)) return false;
  // a run of transliteration characters (巴特尔), none of it a word of jieba's dictionary (江南|依次 is no name)
  if (translit && !whole && !dictionaryWordIn(c, start, end)) return true;
  // a Tibetan, Mongolian or Yi name: one to three parts of minority-name-parts.tsv (扎西, 索朗白玛, 娜仁高娃, 吉克伍沙)
  if (end - start <= 6 && minorityParts(text.slice(start, end), 3)) return true;
  return false;
}

/**
 * A Mongolian, Tibetan or Yi name whose parts minority-name-parts.tsv lacks, right after a post and closed surely (主任那木吉拉，,
 * 局长阿说木且汇报): four to six characters that jieba reads as unknown words and names only (那木/x 吉拉/nrt, 泽仁/x
 * 邓珠/x), or three it reads as one unknown word (其其格/x), never a word of its dictionary, with no function character but those such names transcribe (那, 其, 和).
 */
function unknownMinorityName(c: Ctx, start: number, end: number, slot: Slot): boolean {
  if (end - start < 3 || end - start > 6 || slot.rank === 0 || slot.role || slot.closedBy < 3) return false;
  for (let i = start; i < end; i++) if (hasCharAt(NEVER_INSIDE_DOTTED, c.text, i)) return false;
  // (a common Han surname first is a Han name and more — two names in a row, 某某沈某某; a name and 先生 — and a time
  // word last is the clause's, 行长某某时)
  if (c.k.surnames.get(c.text[start] as string) === 'common' || hasCharAt(NEVER_LAST_UNKNOWN, c.text, end - 1)) return false;
  // (of three characters: one unknown word, 其其格/x) — half its characters at least transcribe syllables (a Han name and
  // an act jieba does not know, 某某某监誓, is no such name)
  if (knownFirstPart(c, start, end)) return true;
  if (!halfTranscribed(c, start, end)) return false;
  return end - start === 3 ? oneToken(c, start, end)?.tag === 'x' : unknownPieces(c, start, end);
}

/**
 * A known first part of its people's names that jieba cut into characters of grammar (才/d 让/v of 才让), then unknown
 * words or names (东知/x): 才让东知.
 */
function knownFirstPart(c: Ctx, start: number, end: number): boolean {
  return end - start >= 4 && minorityParts(c.text.slice(start, start + 2), 1) && namePieces(c, start + 2, end) >= 1;
}


/** characters that end a clause's time word or a courtesy title, never such a name (时, 后, 前, 生 of 先生, 士 of 女士) */
const NEVER_LAST_UNKNOWN = charTable('时后前间生士');

/** Half the characters of [start, end) at least are transliteration characters or in jieba's pieces that are parts
 * of minority-name-parts.tsv (泽仁 of 泽仁/x 邓珠/x). */
function halfTranscribed(c: Ctx, start: number, end: number): boolean {
  let n = 0;
  for (const t of c.s.tokens) {
    if (t.end <= start || t.start >= end) continue;
    if (minorityParts(t.word, 1)) n += t.word.length;
    else for (let i = Math.max(t.start, start); i < Math.min(t.end, end); i++) if (hasCharAt(c.k.translitByUnit, c.text, i)) n++;
  }
  return n * 2 >= end - start;
}

/** Tags of jieba's tokens a name without a surname is made of: unknown words (x) and names (nr, nrt, nrfg). */
const NAME_PIECE_TAGS = new Set(['x', 'nr', 'nrt', 'nrfg']);

/** [start, end) is two or more of jieba's tokens, each an unknown word or a name of two characters or more. */
function unknownPieces(c: Ctx, start: number, end: number): boolean {
  return namePieces(c, start, end) >= 2;
}

/** How many of jieba's tokens, each an unknown word or a name of two characters or more, make [start, end); 0 when
 * they do not. */
function namePieces(c: Ctx, start: number, end: number): number {
  let n = 0;
  for (let i = tokenStartingAt(c.s, start); i >= 0 && i < c.s.tokens.length; i++) {
    const t = c.s.tokens[i] as Token;
    if (t.end > end || t.word.length < 2 || !NAME_PIECE_TAGS.has(t.tag)) return 0;
    n++;
    if (t.end === end) return n;
  }
  return 0;
}

/**
 * A dotted or hyphenated name (热依拉·艾山, 孟和·巴特尔, 让-米歇尔·杜兰): parts of one to seven Han characters, no
 * function character; a part of three characters holds a transliteration character (阿不都, 其其格), a longer
 * one starts with one and is mostly made of them (a dot between Chinese words is no name).
 */
export function dottedName(c: Ctx, start: number, end: number): boolean {
  const { k, text } = c;
  const span = text.slice(start, end);
  if (!DOTTED.test(span) || hasCharAt(SEPARATOR, text, end) || hasCharAt(NEVER_LAST, text, end - 1)) return false;
  for (let i = start; i < end; i++) if (hasCharAt(NEVER_INSIDE_DOTTED, text, i)) return false;
  // each part: a syllable pair (孟和, 古丽), or a run that starts with a transliteration character and is mostly of
  // them (not 外长何塞, 官马克思: a title or word before the name)
  for (const part of span.split(NAME_DOT)) {
    // (和 between two runs of two characters or more joins two names, 劳拉·琳妮和菲利普·西摩尔·霍夫曼; it ends a syllable
    // pair of a name's own, 孟和)
    if (JOINED_PART.test(part)) return false;
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

/** School years (高二（3）班, 初三年级): a surname's character and a numeral, never a name. */
export const SCHOOL_YEAR = /^[高初][一二三]$/;

let electing: SuffixTrie<true> | undefined;

/** …of them, those noted `before-post` (选举, 补选, 推选): a name follows them only in 某某为 + a post. */
export function electingVerbs(): SuffixTrie<true> {
  electing ??= new SuffixTrie(getLexicon().personVerbs.entries.filter((e) => e.note.startsWith('before-post')).map((e) => [e.verb, true] as const));
  return electing;
}

let appointing: SuffixTrie<true> | undefined;

/** person-verbs.tsv's verbs of two characters or more noted `before` (任命, 免去, 提名): the person follows them. */
export function appointingVerbs(): SuffixTrie<true> {
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
  // (a follower's character that begins a part of a people's names, 才 of 才让, begins the name)
  if (f.end - start === 1 && end - start >= 4 && minorityParts(c.text.slice(start, start + 2), 1)) return false;
  if (f.end - start > 1 || !c.k.surnames.get(c.text[start] as string)) return true;
  if (slot.inList || !slot.role) return false;
  const i = tokenStartingAt(c.s, start);
  // (…nor where what follows it is an adjective or adverb it cannot join: 领导 + 和|平等/a + 等出席)
  return i < 0 || ((c.s.tokens[i] as Token).end === f.end && !(f.value === 'join' && NOT_JOINED_TAGS.has(c.s.tokens[i + 1]?.tag ?? '')));
}


/** The span's last character begins a person's verb (某某|作讲话), or is a light verb before one (作 + 视频讲话). */
function gluedToVerb(c: Ctx, end: number): boolean {
  return c.k.verbsAfter.longestMatchAt(c.text, end - 1, c.s.end) !== null || (hasCharAt(LIGHT_VERBS, c.text, end - 1) && c.k.verbsAfter.longestMatchAt(c.text, end, c.s.end) !== null);
}

/** Tags of a dictionary word that is also a given name (强生/v, 立为/d, 建中/v, 远航/v, 晓明/a): not a measure word (美方/q). */
const NAME_LIKE_WORD_TAGS = new Set(['v', 'vn', 'd', 'a', 'ad']);

/** A function character inside a name without a Chinese surname (a Han given name may hold 为, 和, 之: 王为民). */
export function hasInside(text: string, start: number, end: number): boolean {
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

export function surnameFits(k: Knowledge, text: string, start: number, end: number): boolean {
  const all = k.surnames.allMatchesAt(text, start, end);
  // (a compound surname whole, 司马 before 远航/v, is no single surname and a given name, 司 + 马: it takes its own)
  if (all.some((m) => m.end === end && m.end - m.start >= 2)) return false;
  for (const m of all) {
    const given = end - m.end;
    // (a Vietnamese woman's name: a surname, 氏 and a given name of one or two characters, 阮氏秋香, 范氏兰)
    if (given >= 2 && given <= 3 && text[m.end] === '氏' && m.end - m.start === 1) return true;
    if (given < 1 || given > 2) continue;
    if (HONORIFIC_GIVEN.some((h) => text.startsWith(h, m.end)) || text[m.end] === '老' && given === 1) continue;
    return true;
  }
  return false;
}

export function oneToken(c: Ctx, start: number, end: number): Token | null {
  const i = tokenStartingAt(c.s, start);
  if (i < 0) return null;
  const t = c.s.tokens[i] as Token;
  return t.end === end ? t : null;
}
