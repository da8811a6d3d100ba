// Organisations: national bodies by alias (org.alias: 工信部 → 工业和信息化部), suffix-driven names with
// their region prefix kept (org.suffix: 区商务局, 青禾县委, 国务院国有资产监督管理委员会) and jieba's
// organisation words extended over their region prefix (org.jieba-nt).
import { isPeople, withHeadBefore } from './autonomous-level.js';
import type { Doc, Found, Recogniser, Sentence, Token } from '../types.js';
import { CUED_PERSON_RULES, endsCompanyName, holdsCompanyName } from './company.js';
import { congressesInSentence } from './congress.js';
import { knowledge, type Knowledge } from './knowledge.js';
import { segment } from '../../text/segment.js';
import { holdsRegion, nameStart, opensName, tokenIndexAt } from './name-extent.js';
import { isAbbreviationRun } from './place-abbreviation.js';
import { endsInTailStop, isBoundary, isGenericBody, shortOfficeVerb, titleAfterSuffix, validSuffixEnd } from './suffix-end.js';
import { SpanIndex } from '../span-index.js';
import { splitPlaceNames } from './place-split.js';
import { placeSlots } from './place-slot.js';

/** verbs inside a body's name (野生动物保护协会, 学生救亡协会): kept only when a name part stands further left */
const INNER = new Set(['v', 'vd']);

/** jieba's person-name tags */
const PERSON_TAGS = new Set(['nr', 'nrt', 'nrfg']);

/** Organisation kinds that are companies: left to company.ts. */
const COMPANY_KINDS = new Set(['enterprise']);

export const recogniseOrganizations: Recogniser = (doc: Doc, earlier: readonly Found[]): Found[] => {
  const k = knowledge();
  // the persons and branches found before, indexed once for the whole article (not scanned per token)
  const persons = new SpanIndex(earlier.filter((f) => f.type === 'person'));
  const cued = new SpanIndex(persons.items.filter((p) => CUED_PERSON_RULES.has(p.rule)));
  const branches = new SpanIndex(earlier.filter((f) => f.type === 'company' && f.kind === 'branch'));
  // a title whose holder was read in its slot (局长 + 沙某某, though jieba read 局/长沙) ends any body before it
  const slotTitles = earlier.filter((f) => f.type === 'position' && persons.startingAt(f.end).some((p) => p.strong));
  const titleStarts = new Set(slotTitles.map((t) => t.start));
  const slotPosts = new SpanIndex(slotTitles);
  const found = doc.sentences.flatMap((s) => orgsInSentence(doc.text, s, k, { persons, cued, branches, titleStarts, slotPosts })).flatMap((o) => beforeTitles(o, slotPosts, k))
    .map((o) => withCommitteeHui(doc.text, o));
  return [...found, ...partyCommittees(doc.text, found, earlier)];
};

/**
 * A democratic party's committee of a region: the party's name and the region's committee the title recogniser
 * composed after it (民建 + 深圳市委会, 九三学社 + 某县委员会) are one body, as 民盟某市委 is when the region is no
 * word of the gazetteer's. The party alone and the committee alone stay finds; the longer one wins the overlap.
 */
function partyCommittees(text: string, found: readonly Found[], earlier: readonly Found[]): Found[] {
  const out: Found[] = [];
  for (const party of found) {
    if (party.rule !== 'org.alias' || party.kind !== 'party' || party.name === '中国共产党') continue;
    const after = (o: Found): boolean => o.type === 'organization' && o.start === party.end && COMMITTEE_END.test(o.text);
    const committee = earlier.find(after) ?? found.find(after);
    if (committee) out.push({ type: 'organization', start: party.start, end: committee.end, text: text.slice(party.start, committee.end), rule: 'org.alias', kind: 'party' });
  }
  return out;
}

/** a region's committee: 某市委, 某市委会, 某县委员会 */
const COMMITTEE_END = /(?:委|委会|委员会)$/;

/**
 * A democratic party's committee of a city or county is written 委会 (民建某市委会, 九三学社某市委会): jieba cuts 市委/n
 * 会/v, and the body ends after 会, unless 会议 follows (某市委会议 is a meeting of 某市委).
 */
function withCommitteeHui(text: string, o: Found): Found {
  if (o.type !== 'organization' || !o.text.endsWith('委') || text[o.end] !== '会' || text[o.end + 1] === '议') return o;
  return { ...o, end: o.end + 1, text: `${o.text}会`, ...(o.name?.endsWith('委') ? { name: `${o.name}会` } : {}) };
}

interface Earlier {
  persons: SpanIndex<Found>;
  /** persons with a cue next to them (a title before, a verb after) */
  cued: SpanIndex<Found>;
  /** company branches (…分行) */
  branches: SpanIndex<Found>;
  /** where a title starts whose holder was read in its slot */
  titleStarts: ReadonlySet<number>;
  /** the titles whose holder was read in its slot */
  slotPosts: SpanIndex<Found>;
}

/**
 * A body that runs into such a title ends where the title starts when a body's suffix ends there too (某局|局长: the
 * body's own 局, then the post); otherwise the title holds the body's suffix (片区管委|管委主任, 舰队政治部|政治部主任)
 * and the body stays.
 */
function beforeTitles(o: Found, slotPosts: SpanIndex<Found>, k: Knowledge): Found[] {
  // the post begins with the body's last character written twice (局|局长), not with the body's own suffix (政治部主任)
  const title = slotPosts.startingAt(o.end - 1).find((t) => t.start > o.start && o.text[t.start - o.start - 1] === o.text[t.start - o.start]);
  if (!title) return [o];
  const text = o.text.slice(0, title.start - o.start);
  return k.orgSuffixes.longestSuffixEndingAt(text, text.length, 0) ? [{ ...o, end: title.start, text }] : [o];
}

/**
 * The start of a division's full name (gazetteer, not a short form; or an unknown one jieba cut apart, 鸣|沙区) that
 * begins before `at` and ends after it.
 */
function placeAcross(k: Knowledge, text: string, at: number, floor: number, split: readonly Found[]): number {
  // (or that ends right where the cut stopped: 峄川县 + 财政局, the body is the place's)
  const cut = split.find((p) => p.start < at && at <= p.end);
  if (cut) return cut.start;
  for (let from = at - 1; from >= Math.max(floor, at - 3); from--) {
    const m = k.places.longestMatchAt(text, from);
    // (beginning a clause, after a mark, or after a word of grammar: 补选某某为 + 上塘镇人民政府副镇长)
    if (m && !m.value.short && m.end > at && opensName(text, from, floor)) return from;
  }
  return at;
}

function orgsInSentence(text: string, s: Sentence, k: Knowledge, { persons, cued, branches, titleStarts, slotPosts }: Earlier): Found[] {
  // places jieba cut apart, and places read in their slots (葫芦/峪/镇 + 党委): a body's name begins at their start
  const split = [...splitPlaceNames(text, s, k), ...placeSlots(text, s, k)];
  const out: Found[] = congressesInSentence(text, s);
  const inPerson = (t: Token): boolean => persons.overlaps(t.start, t.end);
  const blocked = (t: Token): boolean => inPerson(t) || k.titles.has(t.word);
  for (const t of s.tokens) {
    const alias = t.tag === 'eng' ? latinAlias(k, t) : k.orgAliases.longestMatchAt(text, t.start, s.end);
    // a boundary where jieba cut, or where a title starts whose holder was read in its slot (改革委|主任 + 何某)
    if (alias && (isBoundary(s.tokens, alias.end, text, k) || titleStarts.has(alias.end))) {
      // a well-known company by its common name (微软, 工行) is a company
      const company = COMPANY_KINDS.has(alias.value.kind);
      out.push({ type: company ? 'company' : 'organization', start: alias.start, end: alias.end, text: text.slice(alias.start, alias.end), rule: company ? 'company.alias' : 'org.alias', name: alias.value.canonical, kind: alias.value.kind });
      // a company's local arm written with its place (上海工行, 伦敦某拍卖行, 某公司中国): one company name
      if (company) {
        const arm = companyArm(s.tokens, alias.start, alias.end, k);
        if (arm) out.push({ type: 'company', start: arm.start, end: arm.end, text: text.slice(arm.start, arm.end), rule: 'company.alias', kind: 'branch' });
      }
      // a branch written right after the company (建行 + 青禾分行) is the company's branch: one name
      const branch = company ? branches.startingAt(alias.end)[0] : undefined;
      if (branch) out.push({ type: 'company', start: alias.start, end: branch.end, text: text.slice(alias.start, branch.end), rule: 'company.alias', kind: 'branch' });
    }
    if (t.tag === 'nt' && t.word.length >= 2 && !notABody(t, k) && !isAbbreviationRun(t, k) && !nationalGovernment(k, t.word.slice(0, -2), t.word.slice(-2))) {
      const start = nameStart(s.tokens, t.start, s.start, { blocked, headIsProper: true });
      if (isGenericBody(text.slice(start, t.end), k)) continue;
      // jieba's organisation word ending in a company suffix (某某银行, 某某交易所有限公司) is a company
      if (endsCompanyName(t, k)) out.push({ type: 'company', start, end: t.end, text: text.slice(start, t.end), rule: 'company.jieba-nt', kind: 'enterprise' });
      else out.push({ type: 'organization', start, end: t.end, text: text.slice(start, t.end), rule: 'org.jieba-nt', kind: k.orgSuffixes.suffixOf(t.word)?.value ?? 'institution' });
    }
  }
  // (only the ends where a suffix's last character stands: one read of the trie's table per other position)
  for (let e = k.orgSuffixes.nextEnd(text, s.start + 2, s.end); e <= s.end; e = k.orgSuffixes.nextEnd(text, e + 1, s.end)) {
    const suffix = k.orgSuffixes.longestSuffixEndingAt(text, e, s.start);
    if (!suffix || COMPANY_KINDS.has(suffix.value)) continue;
    // a one-character suffix inside a name found with a title before it or a person verb after it (总裁 + 某科 + 说)
    // is the name's last character, not a body
    if (cued.overlaps(suffix.start, suffix.start + 1)) continue;
    const beforeTitle = !validSuffixEnd(s.tokens, suffix.start, e, text, k, titleStarts.has(e));
    if (beforeTitle && titleAfterSuffix(s.tokens, suffix.start, e, text, k) < 0) continue;
    // a place whose last character is a suffix (莫斯科, 华盛顿州) ends no body: 新华社莫斯科 is an agency and a city
    const last = s.tokens[tokenIndexAt(s.tokens, e - 1)];
    if (last && last.start < suffix.start && last.end === e && isKnownPlace(k, last.word)) continue;
    // a transliterated name ending in a suffix character (…延科, …斯基处) is a foreign name, not a body
    if (last && last.start < suffix.start && last.end === e && e - suffix.start === 1
      && ((PERSON_TAGS.has(last.tag) && text[e - 1] === '科') || (last.word.length >= 3 && [...last.word].every((c) => k.translit.has(c))))) continue;
    const cut = nameStart(s.tokens, suffix.start, s.start, { blocked, maxTokens: 6, maxChars: 20, inner: INNER, endsName: (t) => t.tag === 'nt', endsBody: (t) => endsBodyWord(t, k), isPlace: (t) => t.word.length >= 2 && isKnownPlace(k, t.word) });
    // a division written in full that the cut went through (、和|田县农业局: 和田县 is the place, not 和 + 田县)
    const start = autonomousHead(s.tokens, placeAcross(k, text, cut, s.start, split));
    // nor does a body end inside a deputy's post whose holder was read in its slot, where another body's suffix ends
    // right before the post (某某法院|副院|长江某: jieba read 长江, the slot read 副院长 + 江某): that body is the one
    // named. (A post that holds a body of its own, 某舰队|政治部主任, or the body's suffix with nothing before it,
    // 某国|外交部长, leaves the body as it is; one that begins with the suffix, 局|局长, is beforeTitles' case.)
    if (text[suffix.start - 1] === '副' && slotPosts.overlapping(suffix.start, e).some((t) => start < t.start && t.start < suffix.start && e < t.end && k.orgSuffixes.longestSuffixEndingAt(text, t.start, start) !== null)) continue;
    if (start >= suffix.start && !standalone(text.slice(suffix.start, e))) continue;
    // (a short form jieba read as a verb, 金融办/v, before no post read in its slot: named after a region, or none)
    if (!titleStarts.has(e) && shortOfficeVerb(s.tokens, suffix.start, e) && !holdsRegion(s.tokens, start, suffix.start)) continue;
    if (countedUnit(text.slice(start, suffix.start), text.slice(suffix.start, e))) continue;
    if (NEEDS_PROPER.has(text.slice(suffix.start, e)) && !hasProperPart(s.tokens, start, suffix.start, k)) continue;
    if (nationalGovernment(k, text.slice(start, suffix.start), text.slice(suffix.start, e))) continue;
    // a world city or division whose last character is a body suffix (某某科, 某某部) is a place
    if (isKnownPlace(k, text.slice(start, e))) continue;
    if (isGenericBody(text.slice(start, e), k) || WHOLE_OF_REGION.test(text.slice(start, e))) continue;
    // a unit of a company (某银行信用卡中心, 某地产市场部) belongs to the company: reported as one
    if (holdsCompanyName(s.tokens, start, suffix.start, k)) out.push({ type: 'company', start, end: e, text: text.slice(start, e), rule: 'company.unit', kind: 'branch' });
    else out.push({ type: 'organization', start, end: e, text: text.slice(start, e), rule: beforeTitle ? 'org.before-title' : 'org.suffix', kind: suffix.value });
  }
  out.push(...subUnitsOfAliases(text, s, k, out));
  return unitsFromInside(text, out);
}

/**
 * A unit whose name was cut to begin at the last character of a body found before it (市发展改革委 + 委综合科: the cut
 * stopped at 委/zg, which it read as the unit's own) is that body's unit: its name begins where the body's does
 * (市发展改革委综合科).
 */
function unitsFromInside(text: string, out: Found[]): Found[] {
  if (out.length < 2) return out;
  // the bodies by their last character's offset (the first found wins, as a scan in order would)
  const endingAt = new Map<number, Found>();
  for (const b of out) if (b.type === 'organization' && !endingAt.has(b.end - 1)) endingAt.set(b.end - 1, b);
  return out.map((o) => {
    const outer = o.type === 'organization' ? endingAt.get(o.start) : undefined;
    return outer && outer.start < o.start && outer.end < o.end ? { ...o, start: outer.start, text: text.slice(outer.start, o.end) } : o;
  });
}

/** A body's name that begins with an autonomous division's one-character name cut from its head (、依/d + 洛 +
 * 藏族自治县人民医院): it begins at the head (autonomous-level.ts). */
function autonomousHead(tokens: readonly Token[], start: number): number {
  const i = tokenIndexAt(tokens, start);
  const t = tokens[i];
  return t && t.start === start && t.word.length === 1 && isPeople(tokens[i + 1]?.word ?? '') ? withHeadBefore(tokens, i) : start;
}

/** 全 + a region level before a kind of body (全市法院, 全县检察机关, 全省公安局): every such body of the region, no one
 * body (全国人大 is a body: 全国 is no level here). */
const WHOLE_OF_REGION = /^全[省市县区州镇乡旗盟]/;

/** Suffixes that name a body on their own (人大, 政协, 妇联 …): two or more characters, not generic nouns. */
const GENERIC = new Set(['委员会', '办公室', '中心', '政府', '社区', '街道', '大学', '学院', '学校', '医院', '部队', '协会', '学会', '基金会', '工作组', '领导小组', '指挥部', '代表团', '考察团', '俱乐部', '中学', '小学', '幼儿园', '办事处', '研究所', '研究院', '实验室', '法院', '检察院', '电视台', '出版社', '报社', '日报', '晚报', '支队', '大队', '中队', '总会', '联合会', '商会', '工会', '院', '所', '站', '处', '科', '局', '部', '司', '署', '厅', '办', '委', '队', '党委', '党组', '党支部', '支部', '党总支', '研究中心', '服务中心', '卫生院', '人民医院', '中医院', '专班', '分局', '总局',
  '女队', '男队', '代表队', '国家队', '车队', '系', '室', '学部', '编辑室', '研究室', '工作室',
  '总队', '海关', '筹委会', '组委会', '执委会', '高中', '初中', '中专', '技校', '剧团', '艺术团', '歌舞团', '乐团', '交响乐团', '合唱团',
  '球队', '领事馆', '总领事馆', '大使馆',
  '村委会', '居委会', '党校', '警备区', '派出所', '招待所', '看守所', '拘留所', '医疗队', '游击队', '突击队', '运动队', '参赛队', '种子队']);

/**
 * A country's 政府 (美国政府, 某国政府) stands for the state itself: the country is reported as a place, not
 * the phrase as an organization. Local governments (北河镇人民政府, 市政府) stay organizations.
 */
function nationalGovernment(k: Knowledge, prefix: string, suffix: string): boolean {
  if (suffix !== '政府') return false;
  const place = k.places.get(prefix);
  return place !== undefined && place.kind === 'country';
}

/**
 * Suffixes that make a generic phrase of common nouns before them (出线球队, 年度政府, 小时部队): a body so named
 * needs a specific part (a place, a name, an unknown word, a region level).
 */
const NEEDS_PROPER = new Set(['政府', '部队', '军队', '球队', '队', '车队']);

/** Some token in [start, end) is a specific part of a name (proper tags, a known place, a region level), or jieba glued one to the suffix. */
function hasProperPart(tokens: readonly Token[], start: number, end: number, k: Knowledge): boolean {
  // jieba read the name and its suffix as one word (某某队/n): nothing to tell the parts apart by
  const head = tokens[tokenIndexAt(tokens, end)];
  if (head && head.start < end) return true;
  for (let i = tokenIndexAt(tokens, start); i >= 0 && i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.start >= end) break;
    if (PROPER_PART_TAGS.has(t.tag) || isKnownPlace(k, t.word) || k.places.has(t.word) || /^[省市县区镇乡村州旗盟]$/.test(t.word)) return true;
  }
  return false;
}

const PROPER_PART_TAGS = new Set(['nr', 'nrt', 'nrfg', 'ns', 'nt', 'nz', 'j', 'x', 'eng']);

/** A count or an ordinal before a one-character suffix (四站, 第二局, 五局): a leg, a game or a count, no body. */
function countedUnit(prefix: string, suffix: string): boolean {
  return COUNTED_SUFFIXES.has(suffix) && /^第?[0-9０-９一二三四五六七八九十百两几]+$/.test(prefix);
}

/** One-character suffixes that also count legs, games and parts (not 队: 八一队 is a team's name). */
const COUNTED_SUFFIXES = new Set([...'站局部处科室组']);

function standalone(suffix: string): boolean {
  return suffix.length >= 2 && !GENERIC.has(suffix);
}

/** The whole word is a known place written in full (not a short form). */
function isKnownPlace(k: Knowledge, word: string): boolean {
  const p = k.places.get(word);
  return p !== undefined && !p.short;
}

/** A Latin word is matched whole and without case against the aliases (stored in lower case: ea, blizzard). */
function latinAlias(k: Knowledge, t: Token): { start: number; end: number; value: { canonical: string; kind: string } } | null {
  const value = k.orgAliases.get(t.word.toLowerCase());
  return value ? { start: t.start, end: t.end, value } : null;
}

/** Regions written after a company's name for its arm there (微软中国, 某行香港). */
const ARM_REGIONS = new Set(['中国', '香港', '澳门', '台湾', '亚太', '亚洲', '欧洲', '北美', '日本', '美国', '英国']);

/** The span of a company alias with a place written right before it or a region right after it; null when none. */
function companyArm(tokens: readonly Token[], start: number, end: number, k: Knowledge): { start: number; end: number } | null {
  const i = tokenIndexAt(tokens, start);
  const j = tokenIndexAt(tokens, end - 1);
  const before = i > 0 ? tokens[i - 1] : undefined;
  const after = tokens[j + 1];
  const from = before && before.tag === 'ns' && k.places.has(before.word) ? before.start : start;
  const to = after && ARM_REGIONS.has(after.word) ? after.end : end;
  return from === start && to === end ? null : { start: from, end: to };
}

/** A word of two characters or more that ends in a body suffix of two characters or more (师范大学, 出版社). */
function endsBodyWord(t: Token, k: Knowledge): boolean {
  const m = k.orgSuffixes.suffixOf(t.word);
  return m !== null && t.word.length - m.start >= 2 && !k.orgStops.has(t.word);
}

/**
 * A national or international body written with one of its units right after it (某院 + 高能物理所, 海军 +
 * 北海舰队政治部, 联合国 + 特委会, a party + 中央) is one organisation: the unit's own find, or a jieba word ending
 * in a body suffix, or 中央 after a party.
 */
function subUnitsOfAliases(text: string, s: Sentence, k: Knowledge, found: readonly Found[]): Found[] {
  const out: Found[] = [];
  for (const a of found) {
    if (a.rule !== 'org.alias') continue;
    let end = -1;
    for (const f of found) if (f.type === 'organization' && f.start === a.end && f.rule !== 'org.alias') end = Math.max(end, f.end);
    const next = s.tokens[tokenIndexAt(s.tokens, a.end)];
    const m = next ? k.orgSuffixes.suffixOf(next.word) : null;
    // a unit word: three characters or a two-character suffix (特委会, 政治部), no post (常委), no place (莫斯科)
    const unit = next !== undefined && m !== null && next.start === a.end && (next.word.length >= 3 || next.word.length - m.start >= 2)
      && !k.orgStops.has(next.word) && !k.titles.has(next.word) && !k.places.has(next.word);
    if (end < 0 && next && (unit || (next.word === '中央' && a.kind === 'party'))) end = next.end;
    if (end > a.end) out.push({ type: 'organization', start: a.start, end, text: text.slice(a.start, end), rule: 'org.alias', kind: a.kind ?? 'institution' });
  }
  return out;
}

/**
 * jieba's organisation words that name no body: a discipline (天文学, 儿童文学, 社会科学), a meeting or show
 * (音乐会, 报告会: a meeting kind), a process (国际化), a generic body (org-stopwords.tsv). A word ending in a
 * body or company suffix (协会, 大学, 银行) is kept.
 */
function notABody(t: Token, k: Knowledge): boolean {
  const w = t.word;
  if (k.orgStops.has(w) || endsInTailStop(k, w, w.length, t.tag === 'nt')) return true;
  if (k.orgSuffixes.suffixOf(t.word) !== null || endsCompanyName(t, k)) return false;
  if (/[学化]$/.test(t.word) || k.lexicon.meetingKinds.suffix.suffixOf(t.word) !== null) return true;
  // no body suffix: an activity, a trade or a field (太空飞行, 国际原油, 公共财政) when its last two characters are an
  // ordinary word of jieba's that is no noun (a verb, an adverb, an adjective)
  return t.word.length >= 4 && ordinaryTail(t.word.slice(-2));
}

const ORDINARY_TAIL_TAGS = new Set(['v', 'vn', 'd', 'a', 'ad']);

/** Words jieba tags as verbs that end bodies' names all the same (某国家组织, 某某联盟). */
const BODY_VERBS = new Set(['组织', '联盟']);

function ordinaryTail(tail: string): boolean {
  if (BODY_VERBS.has(tail)) return false;
  const t = segment(tail);
  return t.length === 1 && ORDINARY_TAIL_TAGS.has((t[0] as Token).tag);
}
