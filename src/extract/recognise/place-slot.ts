// Places read in their slot (place.slot): a name of two to four characters and its level, right after a word of
// place (在, 到, 赴, 前往, 来到: place-shape.tsv `before`) and right before what is done or held there (召开, 举行,
// 调研, 视察, a mark, 的). There the slot gives the name's extent, whatever jieba makes of an unknown name (澄/水区,
// 白石/岭村, 葫芦/峪/镇, 鹭湖街道 read as a street office): the same rule for every name a county paper prints. A
// word that makes a kind of place (贫困村, 重点镇, 示范区: place-shape.tsv `generic-stem`) is no name. Its finds are
// strong: the place where a meeting is held beats the body of the same name (鹭湖街道 the office). At a clause's
// start, a name and its level before the place's own body (葫芦峪镇党委) give that body's start (organization.ts).
import type { Found, Sentence, Token } from '../types.js';
import { spanHolding } from '../span-index.js';
import { fullPlaceAt, type Knowledge } from './knowledge.js';
import { FORMER_UNIT } from '../../text/former-marks.js';
import { placeShape } from './place-shape.js';
import { placeStopwords } from './place-split.js';
import { memoOnSentence } from './memo-on.js';
import { charTable, hasCharAt } from './char-table.js';
import { autonomousLevelAt } from './autonomous-level.js';
import { POST_TIMES } from './name-extent.js';
import { meetingVerbs } from '../meeting-verbs.js';
import { CLAUSE_GRAMMAR, tagSet } from './tag-groups.js';

/**
 * Levels a place read in its slot may end in (place-suffixes.tsv kinds): divisions and areas, no roads, waters or halls;
 * no banner either (旗 ends 花旗, 国旗, 红旗 as often as a banner of Inner Mongolia, which the gazetteer knows).
 */
const SLOT_KINDS = new Set(['city', 'district', 'county', 'town', 'township', 'street', 'village', 'community', 'zone', 'new-area']);

/** …and before a meeting of the whole of it, a banner or a prefecture too (某某旗召开全旗…, 某某州召开全州…; 升国旗
 * 举行… is a flag). */
const HELD_KINDS = new Set(['banner', 'prefecture']);

/**
 * What follows a place where something is done or held there: a meeting's verbs, a visit's, a mark, 的. A table
 * with the reason of each group.
 */
const FOLLOWERS: readonly { words: readonly string[]; why: string }[] = [
  { words: [...meetingVerbs('hold', 'opens', 'closes'), '启动', '开展', '进行', '成立', '揭牌'], why: 'an event held there (会议在某镇召开)' },
  { words: ['调研', '考察', '视察', '检查', '督导', '督查', '指导', '慰问', '走访', '暗访', '察看', '查看', '蹲点', '宣讲', '参观', '实地'], why: 'a visit (到某村调研)' },
  { words: ['的', '，', '。', '、', '；', '：', '和', '与', '及', '等'], why: 'the phrase ends (在某社区的活动室; 到某村、某村调研)' },
];
const FOLLOWER_WORDS: readonly string[] = FOLLOWERS.flatMap((f) => f.words).sort((a, b) => b.length - a.length);
/**
 * At a clause's start, what follows a place is its own body (葫芦峪镇党委书记, 石门坎村党支部, 杏花新区管委会): the
 * body's name is the place's, and organization.ts reads the body from the place's start.
 */
const BODIES_AFTER: readonly string[] = ['党委', '党工委', '党组', '党支部', '党总支', '人民政府', '政府', '纪委', '人大', '政协', '管委会', '村委会', '居委会', '办事处'];
/**
 * At a clause's start, what a place does as a body of people: it holds a meeting (3月5日，某某县召开全县…会议, the
 * commonest first sentence of a county paper). Only these: a place that 开展/进行 something is as often a shop.
 */
const HELD_AFTER: readonly string[] = meetingVerbs('hold');
/** Marks after which a clause starts. */
const CLAUSE_MARKS = charTable('，,；;：:、。！？');

/** Characters never inside a place's name: particles, pronouns, function words (the same as a person's). */
const NEVER_INSIDE = charTable('的了着过在和与及是也都就还又把被将对从为向以于等个这那其之所并或而每各该此我你他她们由受经让给');
/** Characters that begin phrases about places, not names (全县, 各村, 本镇, 该区, 外省, 邻县, 每村, 两镇, 几个乡). */
const NOT_FIRST = charTable('全各本该此外邻每其我贵两几诸多个某一');

/** Kinds whose short form begins a longer name only as that place (河北 + 吴桥县, 北京 + 赛区), never as a name's part. */
const HIGH_KINDS = new Set(['country', 'province', 'municipality', 'autonomous-region', 'special-region', 'continent']);

const NAME_MIN = 2;
const NAME_MAX = 4;

/** The places read in their slots in each sentence: organization.ts and place.ts both ask. */
export const placeSlots: (text: string, s: Sentence, k: Knowledge) => Found[] = memoOnSentence(slotsIn);

function slotsIn(text: string, s: Sentence, k: Knowledge): Found[] {
  const shape = placeShape();
  const first = beforeFirsts();
  const out: Found[] = [];
  // (most sentences hold no meeting: the slot before one is read only in those that do)
  const holds = holdsMeeting(text, s);
  for (let i = s.start; i < s.end; i++) {
    // a clause's start, before the place's own body
    if (i === s.start || hasCharAt(CLAUSE_MARKS, text, i - 1)) {
      // (原 opening the clause before a division, 原某某市政协副主席, is the mark of a former post, not the name's first
      // character: the name begins after it, unless a known place begins with it, 原平市, 原阳县)
      // (…and so is a post's time, 新任某某镇党委书记, 现任某某村党支部书记: the name begins after it)
      const from = formerMarkAt(text, s, k, i) ? i + 1 : i + postTimeAt(text, i, s.end);
      const bodied = slotAt(text, s, k, from, BODIES_AFTER);
      const found = bodied.length || !holds ? bodied : slotAt(text, s, k, from, HELD_AFTER);
      if (found.length) { out.push(...found); i = (found[found.length - 1] as Found).end - 1; continue; }
    }
    if (!hasCharAt(first, text, i)) continue;
    const before = shape.before.find((w) => text.startsWith(w, i));
    // (a word of its own, or glued to an unknown name after it, 会在岚峰/x: not the 经 of 经济)
    if (!before || !wordEnds(s, i + before.length)) continue;
    const found = slotAt(text, s, k, i + before.length, FOLLOWER_WORDS)[0];
    if (found) { out.push(found); i = found.end - 1; }
  }
  return out;
}

/** 原 stands at `at`, before more of the sentence, and no place the gazetteer knows by its full name begins with it
 * (原平市 and 原阳县 do; 原平 alone, before 阳镇, is a short form inside 原 + 平阳镇). */
function formerMarkAt(text: string, s: Sentence, k: Knowledge, at: number): boolean {
  return text.charCodeAt(at) === FORMER_UNIT && at + 1 < s.end && !fullPlaceAt(k, text, at, s.end);
}

/** The length of a word of a post's time at `at` (新任, 现任: name-extent.ts POST_TIMES) with more of the sentence
 * after it, else 0. */
function postTimeAt(text: string, at: number, end: number): number {
  const w = POST_TIMES.find((t) => text.startsWith(t, at));
  return w !== undefined && at + w.length < end ? w.length : 0;
}

let firsts: ReturnType<typeof charTable> | undefined;
/** The first characters of the words of place (在, 到, 前往 …): most positions are none. */
function beforeFirsts(): ReturnType<typeof charTable> {
  firsts ??= charTable(placeShape().before.map((w) => w[0] as string).join(''));
  return firsts;
}

/**
 * Divisions written before a division inside them at a clause's start (青禾县 + 柘湾镇召开…, 鹭湖市 + 澄江区 + 党委): the
 * outer one is read in the slot when the inner one is.
 */
const OUTER_KINDS = new Set(['city', 'district', 'county', 'prefecture', 'banner', 'new-area']);

/**
 * The shortest name at `from` that a level and one of `followers` close — at a clause's start, also a division and
 * the division inside it that they close (青禾县柘湾镇召开…: both): the places read, none when there is none.
 */
function slotAt(text: string, s: Sentence, k: Knowledge, from: number, followers: readonly string[], outer = true): Found[] {
  const shape = placeShape();
  // (only at a clause's start, once: 某县 + 某镇, not 某县 + 某镇 + 某村 read as three)
  const chains = outer && (followers === BODIES_AFTER || followers === HELD_AFTER);
  // a division the gazetteer knows by its full name is read in the slot as it stands, whatever characters it holds
  // (呼和浩特市, 盐城市, 昌都市, 贵阳市): the rule that finds a place in its slot does not depend on whether the place is
  // known (the substitution tier puts real places where the examples have fictional ones)
  const known = k.places.longestMatchAt(text, from, s.end);
  if (known && !known.value.short && SLOT_KINDS.has(known.value.kind)) {
    const inner = closedBy(text, s, known.end, followers) ? [] : chains && OUTER_KINDS.has(known.value.kind) ? slotAt(text, s, k, known.end, followers, false) : null;
    const sure = inner !== null && inner.length > 0 && followers === HELD_AFTER;
    if (inner) return [slotFind(text, from, known.end, known.value.kind, known.value.name, followers, sure), ...(sure ? sureAll(inner) : inner)];
  }
  for (let stem = from + NAME_MIN; stem <= Math.min(s.end, from + NAME_MAX); stem++) {
    if (!nameChars(text, from, stem)) return [];
    // (the peoples of an autonomous division and its level, 某某 + 彝族自治县, are one level)
    const autonomous = autonomousLevelAt(k, text, stem, s.end);
    const level = autonomous ?? k.placeSuffixes.longestMatchAt(text, stem, s.end);
    if (!level) continue;
    const closes = autonomous || SLOT_KINDS.has(level.value) || (followers === HELD_AFTER && HELD_KINDS.has(level.value) && wholeOfLevel(text, s, level.end));
    // (a banner or a prefecture is read before a division inside it too: 某某旗 + 某某镇召开…)
    if (!closes && !(chains && OUTER_KINDS.has(level.value))) continue;
    let inner: Found[] = [];
    if (!closes || !closedBy(text, s, level.end, followers)) {
      if (!chains || !OUTER_KINDS.has(level.value) || !properIn(s, from, stem)) continue;
      inner = slotAt(text, s, k, level.end, followers, false);
      if (!inner.length) continue;
    }
    const name = text.slice(from, stem);
    if (endsGeneric(name, shape.genericStems) || hasCharAt(NOT_FIRST, text, from)) return [];
    // a known place begins it (日本 + 石川县, 山西省 + 代县, 北美 + 上市): the gazetteer's finds stand; a common word ends
    // in the level's first character (农村, 城镇, 上市, 山区, 闹市: place-stopwords.tsv)
    const begins = k.places.longestMatchAt(text, from, stem);
    if ((begins && begins.end - from >= 2 && (!begins.value.short || HIGH_KINDS.has(begins.value.kind))) || placeStopwords().has(text.slice(stem - 1, stem + 1))) return [];
    // at a clause's start nothing marks where the name begins: no word of grammar may stand in it (审议 + 某溪县政协,
    // 会议由 + 县政协, 希望/v + 县政协); the level must begin a word of jieba's, or end the one word the name and level
    // make (not 呼/延庆/作镇/x); nor may the name end in a verb jieba glued to it (何雨任/x + 县政府: 任 + the county's
    // government)
    if ((followers === BODIES_AFTER || followers === HELD_AFTER) && (grammarIn(s, from, stem, followers === BODIES_AFTER, k) || !levelAligned(text, s, from, stem, followers === HELD_AFTER) || hasCharAt(GLUED_VERBS, text, stem - 1))) return [];
    // (two divisions before a meeting are sure; before a body, the body holds them as it holds one)
    const sure = inner.length > 0 && followers === HELD_AFTER;
    return [slotFind(text, from, level.end, level.value, null, followers, sure || (followers === HELD_AFTER && wholeOfLevel(text, s, level.end))), ...(sure ? sureAll(inner) : inner)];
  }
  return [];
}

/** Tags of the words of a division's name read before another division (柘源/x, 鹭/ng, 白石/nr, 长安县/ns). */
const PROPER_TAGS = new Set(['x', 'ns', 'nr', 'nrt', 'nrfg', 'nz', 'ng', 'g', 'j']);

/** Every token overlapping [start, end) is of a proper name's tag: a common word (现任/n + 某县 + 某镇党委) is no
 * name of the outer division. */
function properIn(s: Sentence, start: number, end: number): boolean {
  for (let i = Math.max(0, spanHolding(s.tokens, start)); i < s.tokens.length; i++) {
    const t = s.tokens[i] as Token;
    if (t.start >= end) break;
    if (!PROPER_TAGS.has(t.tag)) return false;
  }
  return true;
}

/** Two divisions in a row, the inner closed by its meeting, are surely places: they beat other readings
 * of their characters (青禾/x 县柘湾/x 镇: not 县柘湾 + 镇). */
function sureAll(found: readonly Found[]): Found[] {
  return found.map((f) => (f.strong ? f : { ...f, strong: true }));
}

/** One of HELD_AFTER stands in the sentence. */
export function holdsMeeting(text: string, s: Sentence): boolean {
  const sentence = text.slice(s.start, s.end);
  return HELD_AFTER.some((w) => sentence.includes(w));
}

/** How far after a place the meeting it holds says 全 + its level (某某旗召开全旗…: the verb, then 全旗). */
const WHOLE_REACH = 6;

/** 全 + the level's last character follows the place closely (召开全旗, 举行全州): the place is the level's, surely. */
function wholeOfLevel(text: string, s: Sentence, end: number): boolean {
  const at = text.indexOf(`全${text[end - 1] as string}`, end);
  return at >= 0 && at + 2 <= s.end && at - end <= WHOLE_REACH;
}

/**
 * The name, or its first or last characters, make a kind of place (城市核心区, 棉花主产区, 跌入保级区, 中心市区):
 * a name is no kind of place and begins with none.
 */
function endsGeneric(name: string, stems: ReadonlySet<string>): boolean {
  for (let n = 2; n <= name.length; n++) if (stems.has(name.slice(-n)) || stems.has(name.slice(0, n))) return true;
  return false;
}

/** What follows `end` closes a place there: one of `followers`, or (after a word of place) the sentence's end. */
function closedBy(text: string, s: Sentence, end: number, followers: readonly string[]): boolean {
  return followers.some((w) => text.startsWith(w, end)) || (end >= s.end && followers !== BODIES_AFTER);
}

/**
 * The find of a place read in its slot: sure after a word of place (it beats the street office of the same name);
 * before a body, the body holds it (organization.ts reads the body from its start); at a clause's start before a
 * meeting, another reading of the same characters stands (nothing marked the name's start) unless the meeting is
 * the whole level's (某某旗召开全旗…: 白某旗 is no one who convenes a banner). A known division keeps the
 * gazetteer's name and kind.
 */
function slotFind(text: string, start: number, end: number, kind: string, name: string | null, followers: readonly string[], sure = false): Found {
  const surface = text.slice(start, end);
  return { type: 'place', start, end, text: surface, rule: 'place.slot', kind, ...(name && name !== surface ? { name } : {}), ...(sure || (followers !== BODIES_AFTER && followers !== HELD_AFTER) ? { strong: true } : {}) };
}

/** Tags of a word of grammar or of an act: verbs, adverbs, prepositions, conjunctions, pronouns, numbers, times. */
const GRAMMAR_TAGS = tagSet(...CLAUSE_GRAMMAR);

/**
 * A token of such a tag overlaps [start, end). Before a body of its own (`bodied`), a one-character locative or
 * adverb jieba cut out of the name is the name's (上/f 庄村/x + 党支部, 洛/ns 莫/d 村 + 党支部): a clause does not
 * begin with a bare 上 or 莫 before a body's post.
 */
function grammarIn(s: Sentence, start: number, end: number, bodied = false, k?: Knowledge): boolean {
  for (let i = Math.max(0, spanHolding(s.tokens, start)); i < s.tokens.length; i++) {
    const t = s.tokens[i] as Token;
    if (t.start >= end) break;
    // (…and, first, a transliteration character jieba read as a verb: 托/v + 克拉克/nrt + 县委, a Uyghur name)
    const syllable = bodied && t.word.length === 1 && t.start >= start && (NAME_SYLLABLE_TAGS.has(t.tag) || (t.start === start && t.tag === 'v' && k?.translit.has(t.word) === true));
    if (GRAMMAR_TAGS.has(t.tag) && !syllable) return true;
  }
  return false;
}

/** Tags jieba gives a name's single character that are grammar elsewhere: a locative (上, 下, 东) or an adverb (莫). */
const NAME_SYLLABLE_TAGS: ReadonlySet<string> = new Set(['f', 'd']);

/** A token of jieba's ends at `at`, or the one holding it is an unknown word (会在岚峰/x). */
function wordEnds(s: Sentence, at: number): boolean {
  const t = s.tokens[spanHolding(s.tokens, at - 1)];
  return t !== undefined && (t.end === at || t.tag === 'x');
}

/**
 * The token holding `stem` (the level's first character) starts there, or at the name's start (青禾县/x), or is an
 * unknown word of the name's last characters and the level (葫芦/峪区/x) that begins with no verb (呼/延庆/作镇/x).
 */
function levelAligned(text: string, s: Sentence, from: number, stem: number, glued = false): boolean {
  const t = s.tokens[spanHolding(s.tokens, stem)];
  return t !== undefined && (t.start === stem || t.start === from || (t.tag === 'x' && t.start > from && !hasCharAt(GLUED_VERBS, text, t.start)) ||
    // before a meeting it holds, a word jieba made of the name's last character and a one-character level (柳/集市,
    // 石/岗区, 澜/溪州), the name's first token starting the clause
    (glued && t.start === stem - 1 && t.end === stem + 1 && t.start > from && s.tokens[spanHolding(s.tokens, from)]?.start === from));
}

/** Verbs of one character jieba glues to a level or a name (作镇/x of 作镇人大主席团工作报告, 何雨任/x + 县政府). */
export const GLUED_VERBS = charTable('作做是有为在到将把被向对任');

/** [start, end) is Han characters that may make a name. */
function nameChars(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x4e00 || code > 0x9fff || hasCharAt(NEVER_INSIDE, text, i)) return false;
  }
  return true;
}
