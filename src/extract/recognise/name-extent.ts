// Where an organisation or company name begins: from its suffix, walk left over the tokens that can be
// part of a name (places, nouns, brand words, unknown words) and stop at anything that cannot
// (punctuation, verbs, prepositions, numbers, function words, a person found earlier).
import { POST_VERBS } from '../post-verbs.js';
import type { Token } from '../types.js';
import { spanHolding } from '../span-index.js';
import { meetingVerbs } from '../meeting-verbs.js';
import { fullPlaceAt, knowledge } from './knowledge.js';

/** jieba tags that can sit inside a name: nouns of all kinds, abbreviations, unknown words, distinguishing words. */
const NAME_PART_TAGS = new Set(['n', 'nr', 'nrt', 'nrfg', 'ns', 'nt', 'nz', 'j', 'x', 'vn', 'b', 'an', 'ng', 'l', 'i', 's', 'f', 'eng', 'mq']);

/** Words that look like nouns to jieba but end a name on their left (we, this, all …). */
/** Words of a post's time written before the body that holds the post (新任某镇党委书记, 现任某局局长, 时任某县县长):
 * no name begins with one (place-slot.ts skips them at a clause's start). */
export const POST_TIMES: readonly string[] = ['新任', '现任', '时任', '原任', '前任', '继任'];

const STOP_WORDS = new Set([
  '我', '我们', '你', '他', '她', '他们', '其', '该', '本', '这', '那', '此', '各', '全', '等', '和', '与', '及', '或',
  '同时', '目前', '近日', '日前', '今年', '去年', '明年', '今天', '昨天', '其中', '以及', '还有', '记者', '通讯员',
  '由', '在', '对', '向', '从', '被', '将', '把', '为', '是', '有', '了', '的', '之', '所', '据', '经', '到', '给', '让',
  '本报', '本报讯', '讯', '据悉', '报道', '消息', '这是', '那是', '就是', '也是', '都是', '还是', '但是',
  // one-character locatives after a phrase (状态下, 会上, 期间): they close the phrase, they start no name
  '下', '上', '内', '外', '里', '后', '前', '间', '时',
  // a dateline's tail (…月八日电), a caption (图为), an enumeration (一是), a former name (原国家教委)
  '日电', '日讯', '电', '图为', '一是', '二是', '三是', '四是', '原', '代理', ...POST_TIMES,
  // modifiers that make a generic body of a suffix (新政府, 地方党委, 各级法院, 两国军队)
  '新', '现', '旧', '老', '地方', '各级', '当地', '两国', '双方', '历届', '周围', '整个', '广大', '有关', '相关', '上级', '下级',
  '中',
  // …and a body's term (新一届村委会, 本届政府): a body's name holds its ordinal (第十届), never these
  '新一届', '本届', '上届', '上一届', '下届', '下一届', '换届',
  // …and a period of time (2024年度医院行风建设: the year's work of the hospital, no body named 年度医院)
  '年度', '季度', '月份', '半年', '全年',
  // results in sport: the team after them is the object (力克, 战胜 X队)
  '力克', '击败', '战胜', '逼平', '负于', '迎战', '对阵', '淘汰', '输给', '胜',
  // kinds and counts of companies (四大国有银行, 多家外资银行): what follows is a kind, not a name
  '四大', '几大', '各大', '多家', '国有', '外资', '中资', '大型', '主流',
  // parties to a case or a sale (原告某公司, 客户某公司)
  '原告', '被告', '客户', '用户', '储户', '消费者', '旗下', '下属', '另有', '中标',
]);

/** Tags of the specific part a name begins with (a place, a person or brand, an organisation, an unknown word). */
const PROPER_TAGS = new Set(['nr', 'nrt', 'nrfg', 'ns', 'nt', 'nz', 'j', 'x', 'eng']);

/** Words that begin the names of national bodies (国家统计局, 国家新闻出版署): part of the name, as a region is. */
const NATIONAL = new Set(['国家']);

/** Region levels written alone before a body's name (区 交通运输局, 市 第一中学). */
const REGION_LEVELS = new Set(['省', '市', '县', '区', '镇', '乡', '村', '州', '旗', '盟']);

/**
 * A region's party committee or government written as one word (县委, 市委, 区政府): the body a unit named after it
 * belongs to (县委 + 网信办/x, 市委 + 巡察办), part of the unit's name as a place before it would be.
 */
const PARENT_BODY = /^[省市县区州盟旗镇乡](?:委|政府)$/;

/** Left of a proper part, a name goes on over places (s), other proper parts, 附属-like words (b), ordinals, region levels, a region's committee. */
function continuesProper(t: Token): boolean {
  if (PROPER_TAGS.has(t.tag) || t.tag === 's' || t.tag === 'b' || isOrdinal(t) || REGION_LEVELS.has(t.word) || NATIONAL.has(t.word) || PARENT_BODY.test(t.word)) return true;
  // a one-character piece of a name jieba could not read (青 + 禾 + 县, 鹭 + 湖)
  return t.word.length === 1 && /[\u4e00-\u9fff]/.test(t.word) && !STOP_WORDS.has(t.word);
}

/** Last characters of a body's name: a word ending in one is a body of its own, not half of a joined name (学 only as
 * 大学, 中学, 小学: 材料科学 is a field). */
const BODY_ENDS = /(?:[局厅部委办处院所会司署站队校社团组室心联厂场台]|[大中小]学)$/;

/**
 * 和 (or 与) joining two fields inside one body's name (区文化和旅游局, 住房和城乡建设局): tokens[i] is 和, the name so far
 * has no proper part, and the word on its left is a common noun that is no body itself (not 甲局和乙局).
 */
function joinsFields(tokens: readonly Token[], i: number, sawProper: boolean): boolean {
  const left = tokens[i - 1];
  const right = tokens[i + 1];
  // (a region's own body after 和 begins a name of its own: 县委办公室和|区委…)
  if (right !== undefined && (REGION_LEVELS.has(right.word) || PARENT_BODY.test(right.word))) return false;
  // (与 likewise in the names of a university's schools and offices, 材料科学与工程学院, 国际合作与交流处 — not before a
  // body jieba knows or a body's word alone, 企业与|税务局, 总统与|议会)
  const word = (tokens[i] as Token).word;
  if (word !== '和' && !(word === '与' && right !== undefined && right.tag !== 'nt' && !isSuffixWord(right.word))) return false;
  return !sawProper && left !== undefined && (left.tag === 'n' || left.tag === 'vn') && !BODY_ENDS.test(left.word);
}

/** The word is a body's suffix whole (议会, 政府, 委员会). */
function isSuffixWord(word: string): boolean {
  return knowledge().orgSuffixes.longestSuffixEndingAt(word, word.length, 0)?.start === 0;
}

/** Characters that end an unknown two-character token glued to a name (我同, 并报, 队同): a preposition or verb. */
const GLUED_TAILS = new Set(['同', '与', '和', '及', '向', '对', '在', '给', '被', '把', '将', '跟', '报', '往', '到', '从']);
/** Characters that begin such a token: a pronoun or an adverb. */
const GLUED_STARTS = new Set(['我', '你', '他', '她', '并', '又', '也', '还', '已', '曾', '再', '都', '就']);

/** An unknown (x) token that is no name part: a bare number, or two characters glued around a function word. */
function isJunkUnknown(t: Token): boolean {
  if (t.tag !== 'x') return false;
  if (/^[0-9.]+$/.test(t.word)) return true;
  // (…or a name and the function word jieba glued to it, 某某到/x + 某某公司: a brand never ends in one)
  return (t.word.length === 2 && (GLUED_TAILS.has(t.word[1] as string) || GLUED_STARTS.has(t.word[0] as string))) ||
    ((t.word.length === 3 || t.word.length === 4) && GLUED_TAILS.has(t.word[t.word.length - 1] as string));
}

/** Acts of people at a meeting that jieba tags as nouns (列席/n), a meeting's business (研究部署/n), and the verbs that give a post that it reads as
 * unknown words (挂任/x + 某县委): never inside a body's name. */
const ACTS_OUTSIDE: ReadonlySet<string> = new Set(['列席', '出席', '主持', '参加', '与会', '陪同', '视察', '调研', ...POST_VERBS, ...meetingVerbs('business')]);

/** Words for age groups that jieba tags t (time words), and that name bodies' members. */
const AGE_GROUPS: ReadonlySet<string> = new Set(['青年', '少年', '老年', '中年', '青少年', '中老年']);
/** Time words of an era rather than a moment (现代, 当代, 未来): parts of bodies' and companies' names. */
const ERA_WORDS: ReadonlySet<string> = new Set(['现代', '当代', '近代', '未来', '新时代', '古代']);

/** True when a token may be part of a name on the suffix's left. */
export function isNamePart(t: Token): boolean {
  if (STOP_WORDS.has(t.word)) return false;
  // (the age groups jieba tags as time words name the members of many bodies: 青年企业家协会, 老年大学, 少年宫)
  if (t.tag === 't' && AGE_GROUPS.has(t.word)) return true;
  // (…and the eras jieba tags so name trades and bodies: 某某现代农机专业合作社, 当代艺术馆, 未来科技有限公司)
  if (t.tag === 't' && ERA_WORDS.has(t.word)) return true;
  if (!NAME_PART_TAGS.has(t.tag)) return false;
  if (t.tag === 'x' && !/^[\u4e00-\u9fffA-Za-z0-9]+$/.test(t.word)) return false; // punctuation comes tagged x
  return !isJunkUnknown(t);
}

/** The token index holding offset `at` (tokens sorted, contiguous); -1 when none. */
export function tokenIndexAt(tokens: readonly Token[], at: number): number {
  return spanHolding(tokens, at);
}

export interface ExtentOptions {
  /** tokens that may not be absorbed (a person found earlier, a title) */
  blocked?: (t: Token) => boolean;
  /** at most this many characters before the suffix */
  maxChars?: number;
  /** at most this many tokens before the suffix */
  maxTokens?: number;
  /** tags that may sit INSIDE a name but not begin it (洗涤 in 某某洗涤电器有限公司) */
  inner?: ReadonlySet<string>;
  /** a token that closes a whole name of its own (…银行): left of an inner verb it is the verb's subject */
  endsName?: (t: Token) => boolean;
  /** a two-character common noun may still precede a proper part (company names: 青石 + 明辉化学 …) */
  shortNounsBeforeProper?: boolean;
  /** the token at suffixStart is itself a whole name (jieba's organisation word): only places and names go further left */
  headIsProper?: boolean;
  /** a known place jieba tagged otherwise (约旦/d): a name part */
  isPlace?: (t: Token) => boolean;
  /** a word that ends a body of its own (师范大学): a sub-unit after it (中文系) goes on over it */
  endsBody?: (t: Token) => boolean;
  /** a short bracketed part (a place: 某某半导体（某州）有限公司, 某某（中国）投资有限公司) sits inside the name */
  brackets?: boolean;
  /** a word of grammar that makes one word of the name with the token after it (新 + 材料: a trade, 新材料) */
  joinsNext?: (t: Token, next: Token | undefined) => boolean;
}

/** the longest bracketed part inside a name: a city, a province or a country */
const BRACKETED_MAX = 8;
const BRACKETED = /^[（(][\u4e00-\u9fff]{1,8}[）)]$/;

/**
 * One-character tokens jieba leaves when it cannot read an unknown place or brand (红 + 石崖, 云杉 + 县): an
 * adjective or bound morpheme of one Han character is a name part when a name part follows it.
 */
const SINGLE_CHAR_TAGS = new Set(['a', 'ag', 'zg', 'ng', 'vg', 'tg', 'dg', 'rg', 'yg', 'k', 'h', 'g']);

function isSingleCharPart(t: Token): boolean {
  return t.word.length === 1 && SINGLE_CHAR_TAGS.has(t.tag) && !STOP_WORDS.has(t.word) && /[\u4e00-\u9fff]/.test(t.word);
}

/** A name may begin at `at`: at the sentence's start (`floor`), after a mark or any non-Han character, after 、, or
 * after a word of grammar jieba glues to names (为 of 补选某某为 + 上塘镇…). */
export function opensName(text: string, at: number, floor: number): boolean {
  const before = text[at - 1] as string;
  return at === floor || !/[\u4e00-\u9fff]/.test(before) || before === '、' || GLUED_HEADS.has(before);
}

/** Tags of a one-character word that is grammar, never a name's first character. */
const GRAMMAR_CHAR_TAGS = new Set(['p', 'c', 'u', 'uj', 'ul', 'uz', 'ug', 'ud', 'uv', 'r', 'd', 'm', 'q', 'f', 'y', 'e', 'o']);

/** Tags of the rest of a transliterated name after its first character (克拉克/nrt). */
const TRANSLIT_REST_TAGS = new Set(['nr', 'nrt', 'x']);

/**
 * tokens[i] is one character of any word class but grammar, right after a mark or at the sentence's start, and a
 * one-character piece of a name follows it (、松/v 漠/ns 市…有限公司), or the rest of a transliterated name (，托/v +
 * 克拉克/nrt + 县委): the first character of a name jieba cut apart, however it tagged the first.
 */
function firstCharAfterMark(tokens: readonly Token[], i: number, floor: number): boolean {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  const before = tokens[i - 1];
  if (t.word.length !== 1 || GRAMMAR_CHAR_TAGS.has(t.tag) || STOP_WORDS.has(t.word) || !/[\u4e00-\u9fff]/.test(t.word)) return false;
  if (!next || !/^[\u4e00-\u9fff]+$/.test(next.word) || STOP_WORDS.has(next.word)) return false;
  // (…or a transliteration character before a transliterated name's rest: 托/v + 克拉克/nrt + 县委)
  if (next.word.length !== 1 && !(TRANSLIT_REST_TAGS.has(next.tag) && knowledge().translit.has(t.word))) return false;
  return t.start === floor || (before !== undefined && /^[、，,：:；;]$/.test(before.word));
}

/** Verbs that never sit inside a name (negation, modality, being, having, motion). */
const NEVER_INNER = new Set(['没有', '不', '是', '有', '要', '会', '能', '可以', '应', '应该', '去', '来', '到', '说', '让', '使',
  // verbs that hold or join an event: the body before them is their subject (某党组召开…中心组学习会)
  ...meetingVerbs('hold', 'joins'), '组织召开', '主持召开']);

/** Prepositions and conjunctions jieba sometimes glues to the unknown name after them, and 原, the mark of a former
 * post (原市/x + 人大常委会: former-posts.ts reads the mark before the body), and the light verb of a speech (作镇/x +
 * 人大主席团工作报告). */
export const GLUED_HEADS: ReadonlySet<string> = new Set(['由', '在', '对', '向', '从', '被', '将', '把', '与', '和', '及', '为', '经', '据', '获', '赴', '到', '任', '有', '原', '作', '做']);

/**
 * tokens[i] begins with a character of GLUED_HEADS glued to the name after it. 原 is the former mark only where a
 * piece of text begins (原市/x + 人大常委会 after a comma): after a Han character it ends a place's name (霁/vg 原县/x).
 */
function gluedHead(tokens: readonly Token[], i: number, floor: number): boolean {
  const t = tokens[i] as Token;
  const first = t.word[0] as string;
  if (!GLUED_HEADS.has(first)) return false;
  if (first !== '原') return true;
  const before = tokens[i - 1];
  // (…or after a word of grammar: 会议由 + 原青禾/x + 县委书记, 邀请 + 原鹭湖/x + 市委书记 — unless a division the
  // gazetteer knows by its full name begins with that 原: 由 + 原墙/x + 镇 is the town of 原墙)
  if (before !== undefined && before.start >= floor && /[\u4e00-\u9fff]$/.test(before.word)) return GRAMMAR_BEFORE.has(before.tag) && !knownPlaceAt(tokens, i);
  return true;
}

/** A place the gazetteer knows by its full name begins at tokens[i] (read over it and the two tokens after it). */
function knownPlaceAt(tokens: readonly Token[], i: number): boolean {
  return fullPlaceAt(knowledge(), `${(tokens[i] as Token).word}${tokens[i + 1]?.word ?? ''}${tokens[i + 2]?.word ?? ''}`, 0);
}

/** tokens[i] is a word of two characters of jieba's beginning with 原 (原曲/n) where 原 opens a post (gluedHead). */
function formerGlued(tokens: readonly Token[], i: number, floor: number): boolean {
  const t = tokens[i] as Token;
  return t.word.length === 2 && t.word[0] === '原' && !STOP_WORDS.has(t.word) && /[\u4e00-\u9fff]/.test(t.word[1] as string) && gluedHead(tokens, i, floor);
}

/** Tags of the words of grammar after which 原 opens a former post (prepositions, conjunctions, verbs). */
const GRAMMAR_BEFORE: ReadonlySet<string> = new Set(['p', 'c', 'v']);

/** 第三 in 市第三人民医院: an ordinal inside a name. */
function isOrdinal(t: Token): boolean {
  return t.tag === 'm' && /^(第[一二三四五六七八九十百零〇0-9]+|第?[一二三四五六七八九十百零〇0-9]+届)$/.test(t.word);
}

/** Numerals, Chinese or not. */
const NUMERAL = /^[一二三四五六七八九十百零〇0-9]+$/;
/** A token that begins with the rest of an ordinal (八届人大常委会 after 十). */
const ORDINAL_REST = /^[一二三四五六七八九十百零〇0-9]*届/;

/** tokens[i] is a numeral that jieba cut off an ordinal the next token goes on with (十/m 八届人大常委会/nt: 十八届). */
function splitOrdinal(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  return t.tag === 'm' && NUMERAL.test(t.word) && next !== undefined && ORDINAL_REST.test(next.word);
}

/** The start of a name whose suffix starts at `suffixStart`: the token holding it, then name parts leftwards. */
export function nameStart(tokens: readonly Token[], suffixStart: number, floor: number, opts: ExtentOptions = {}): number {
  const maxChars = opts.maxChars ?? 16;
  const maxTokens = opts.maxTokens ?? 5;
  const i0 = tokenIndexAt(tokens, suffixStart);
  if (i0 < 0) return suffixStart;
  let start = (tokens[i0] as Token).start;
  // (a preposition glued to the front of the unknown word that holds the suffix, 由旗委/x: the name starts after it,
  // and goes no further left)
  const head = tokens[i0] as Token;
  if (head.start < suffixStart && head.word.length >= 3 && (head.tag === 'x' || head.tag === 'nr') && gluedHead(tokens, i0, floor)) return head.start + 1;
  let used = 0;
  let sawInner = false;
  let pending = start;
  let sawProper = PROPER_TAGS.has((tokens[i0] as Token).tag) && ((tokens[i0] as Token).start < suffixStart || opts.headIsProper === true);
  for (let i = i0 - 1; i >= 0 && used < maxTokens; i--) {
    const t = tokens[i] as Token;
    if (t.start < floor || opts.blocked?.(t) || suffixStart - t.start > maxChars) {
      if (sawInner && pending < start && t.start < floor) start = pending;
      break;
    }
    // a person's act, whatever jieba tags it (列席/n, 主持/n), is no part of a body's name: the name begins after it
    if (t.word.length >= 2 && ACTS_OUTSIDE.has(t.word)) break;
    used++;
    // a bracketed place inside the name (某某半导体（某州）有限公司): go over it as over an inner word
    if (opts.brackets && (t.word === '）' || t.word === ')')) {
      let j = i - 1;
      while (j >= 0 && (tokens[j] as Token).start >= t.start - BRACKETED_MAX - 1 && !/^[（(]$/.test((tokens[j] as Token).word)) j--;
      const open = tokens[j];
      if (!open || open.start < floor || !BRACKETED.test(tokensText(tokens, j, i))) return start;
      if (!sawInner) pending = start;
      sawInner = true;
      i = j;
      continue;
    }
    // a name begins with its specific part: a common noun left of a place or proper name is context
    // (半决赛 印尼女队, 龙头企业 宝山钢铁集团公司), a place left of a place is not (北京市 怀柔县 民政局)
    if (!sawInner && joinsFields(tokens, i, sawProper)) continue;
    // 原 and a name's first character read as one word at a clause's start (原曲/n + 桑/nr + 县委, 原型/n + 山/n +
    // 县政协): the mark of a former post, and the name's first character after it (a region's name of one character
    // before its level is rare, 原 + X never)
    if (start === head.start - 1 && REGION_LEVELS.has(head.word[0] as string) && formerGlued(tokens, i, floor)) { start = t.start + 1; break; }
    if (sawProper && !continuesProper(t) && !splitOrdinal(tokens, i) && !(opts.shortNounsBeforeProper && t.tag === 'n' && t.word.length <= 2) && !opts.endsBody?.(t)) {
      // a body word of jieba's made of a field and a suffix (建设局, 交易中心) goes on over the fields before it when a
      // place stands right before them (县 + 住房和城乡 + 建设局, 某县 + 公共资源 + 交易中心)
      const level = used === 1 ? fieldsAfterLevel(tokens, i, floor) : -1;
      if (level >= 0) { start = (tokens[level] as Token).start; i = level; continue; }
      break;
    }
    // a whole organisation name left of a verb is the verb's subject, not part of this name (某银行收购某公司)
    if (sawInner && (t.tag === 'nt' || opts.endsName?.(t))) break;
    // a preposition glued to an unknown name (由云杉/nr, 从市/x): the name starts after it, and goes no further left
    // (not a level word of its own that begins so, 经开区/x: a zone's short name)
    if (t.word.length >= 2 && gluedHead(tokens, i, floor) && (t.tag === 'nr' || t.tag === 'x') && !knowledge().placeSuffixes.has(t.word)) {
      if (!sawInner || pending < start) start = t.start + 1;
      break;
    }
    const cutFirst = firstCharAfterMark(tokens, i, floor);
    if (isNamePart(t) || isSingleCharPart(t) || isOrdinal(t) || splitOrdinal(tokens, i) || opts.isPlace?.(t) || cutFirst) {
      // a known place counts as proper only where jieba mistagged it (约旦/d); 街道/n stays a common noun; a region's
      // committee or government is the specific part of its unit's name (县委 + 巡察/v + 办)
      const proper = PROPER_TAGS.has(t.tag) || isSingleCharPart(t) || cutFirst || (!isNamePart(t) && opts.isPlace?.(t) === true) || PARENT_BODY.test(t.word);
      // after a verb inside the name, common nouns count only once a proper part stands further left
      if (sawInner && !proper) { pending = t.start; continue; }
      start = t.start;
      if (proper) sawProper = true;
      // (a word of grammar jieba cut off the front of this part goes with it: 新 + 材料)
      const prev = tokens[i - 1];
      if (prev && prev.start >= floor && opts.joinsNext?.(prev, t)) { start = prev.start; i--; used++; }
      continue;
    }
    if (!opts.inner?.has(t.tag) || STOP_WORDS.has(t.word) || NEVER_INNER.has(t.word)) {
      // nouns after a verb inside the name stand when a clear boundary (punctuation, 的, the sentence start) closes them
      if (sawInner && pending < start && (t.tag === 'x' || t.tag === 'uj')) start = pending;
      return start;
    }
    if (!sawInner) pending = start;
    sawInner = true;
    // an inner word: the name goes on only if a real name part stands further left
  }
  return start;
}

/**
 * Some token of [start, end) names a region: a level written alone or in a bound form (县/zg), a region's committee or
 * government (县委, 市政府), a place word of jieba's, or an unknown word ending in a level (青禾县/x).
 */
export function holdsRegion(tokens: readonly Token[], start: number, end: number): boolean {
  for (let i = Math.max(0, tokenIndexAt(tokens, start)); i < tokens.length && (tokens[i] as Token).start < end; i++) {
    const t = tokens[i] as Token;
    if (REGION_LEVELS.has(t.word) || PARENT_BODY.test(t.word) || t.tag === 'ns' || (t.tag === 'x' && PLACE_END.test(t.word))) return true;
  }
  return false;
}

/**
 * [start, end) begins with a region level written alone and goes on past it (县 + 供电 + 公司, 市 + 自来水 + 公司): the
 * region's own utility or firm, named as its bureaus are; a level alone before the suffix (市公司) names a tier.
 */
export function levelLed(tokens: readonly Token[], start: number, end: number): boolean {
  const i = tokenIndexAt(tokens, start);
  const t = tokens[i];
  if (t === undefined || t.start !== start || !REGION_LEVELS.has(t.word) || t.end >= end) return false;
  // the trade between is nouns only (供电, 自来水, 农产品 批发 市场): a clause is no name (村 + 集体 + 入股 + 建设 + 茶厂)
  for (let j = i + 1; j < tokens.length && (tokens[j] as Token).start < end; j++) if (!TRADE_TAGS.has((tokens[j] as Token).tag)) return false;
  return true;
}

/** Tags of a trade's words: nouns, and set phrases (自来水/l). */
const TRADE_TAGS = new Set(['n', 'vn', 'nz', 'l']);

/** Common nouns that may name a body's field (住房, 城乡, 公共资源) before its suffix word, at most so many tokens. */
const FIELD_TOKENS = 3;
const FIELD_TAGS = new Set(['n', 'vn']);

/** An unknown word of jieba's that is a place's name with its level (青禾县/x). */
const PLACE_END = /^[\u4e00-\u9fff]{1,4}[省市县区镇乡]$/;

/**
 * tokens[i] and up to FIELD_TOKENS - 1 tokens left of it are common nouns (or 和 between two of them), and a place
 * stands right before them: a region level written alone, a place word of jieba's, or an unknown word ending in a
 * level (青禾县/x). The place's token index, else -1.
 */
function fieldsAfterLevel(tokens: readonly Token[], i: number, floor: number): number {
  for (let j = i, n = 0; j >= 0 && n < FIELD_TOKENS; j--, n++) {
    const t = tokens[j] as Token;
    if (t.start < floor) return -1;
    if (!(FIELD_TAGS.has(t.tag) && !STOP_WORDS.has(t.word)) && !(t.word === '和' && j < i)) return -1;
    const before = tokens[j - 1];
    if (before && before.start >= floor && (REGION_LEVELS.has(before.word) || before.tag === 'ns' || (before.tag === 'x' && PLACE_END.test(before.word)))) return j - 1;
  }
  return -1;
}

/** The words of tokens[from..to], joined. */
function tokensText(tokens: readonly Token[], from: number, to: number): string {
  let out = '';
  for (let k = from; k <= to; k++) out += (tokens[k] as Token).word;
  return out;
}
