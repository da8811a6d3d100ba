// Companies: a legal or group suffix (…有限公司, …股份有限公司, …集团, …银行) and the name on its left —
// place, brand and industry words — up to punctuation, a verb or a function word (company.suffix:
// 澄川明辉材料股份有限公司 whole; 其中，X公司 → X公司).
import type { Doc, Found, Recogniser, Sentence, Token } from '../types.js';
import { knowledge, type Knowledge } from './knowledge.js';
import { levelLed, nameStart, opensName, tokenIndexAt } from './name-extent.js';
import { isBoundary, isGenericBody } from './suffix-end.js';
import { SpanIndex } from '../span-index.js';
import { partySides } from './party-sides.js';

/** Person rules with a cue next to the name: such a name is a clause's subject, never part of a body's name. */
export const CUED_PERSON_RULES: ReadonlySet<string> = new Set(['person.title-before', 'person.verb-after', 'person.bracket-after']);

/** verbs and adjectives inside company names (洗涤电器, 智能装备) */
const INNER = new Set(['v', 'a', 'ad', 'vd']);

/** company-suffixes.tsv kinds that end a company name; `sector` words (科技, 实业) only sit inside one. */
const ENDING_KINDS = new Set(['legal', 'branch', 'group', 'factory']);
/** sector words that also end a name on their own */
const ENDING_SECTORS = new Set(['银行', '农商银行', '农村商业银行', '村镇银行', '证券', '保险', '人寿', '财险', '信托', '期货', '基金']);

/** A token that closes a company name of its own (…有限公司, …集团, …银行, …证券). */
export function endsCompanyName(t: Token, k: Knowledge): boolean {
  const end = k.companySuffixes.suffixOf(t.word);
  return end !== null && (ENDING_KINDS.has(end.value) || ENDING_SECTORS.has(t.word.slice(end.start)));
}

/** Some token inside [start, end) closes a company name: a unit of a company (某银行信用卡中心, 某公司市场部). */
export function holdsCompanyName(tokens: readonly Token[], start: number, end: number, k: Knowledge): boolean {
  return tokens.some((t) => t.start >= start && t.end <= end && endsCompanyName(t, k));
}

export const recogniseCompanies: Recogniser = (doc: Doc, earlier: readonly Found[]): Found[] => {
  const k = knowledge();
  // a person found inside a company's name (a brand like 明辉) does not cut it: the longer span wins later; but a
  // person with a title before or a verb after (某某获…基金) is a clause's subject, and no brand
  const cued = new SpanIndex(earlier.filter((f) => f.type === 'person' && CUED_PERSON_RULES.has(f.rule)));
  return doc.sentences.flatMap((s) => companiesInSentence(doc.text, s, k, cued));
};

function companiesInSentence(text: string, s: Sentence, k: Knowledge, cued: SpanIndex<Found>): Found[] {
  const out: Found[] = [];
  const sides = partySides();
  // (…and a person's act jieba tagged a noun, 会见/n: what follows it is its object, 会见 + 某某集团)
  const blocked = (t: Token): boolean => k.titles.has(t.word) || sides.has(t.word) || cued.overlaps(t.start, t.end) || (t.word.length >= 2 && k.verbsAfter.get(t.word) !== undefined);
  const endsName = (t: Token): boolean => endsCompanyName(t, k);
  // (only the ends where a suffix's last character stands: one read of the trie's table per other position)
  for (let e = k.companySuffixes.nextEnd(text, s.start + 2, s.end); e <= s.end; e = k.companySuffixes.nextEnd(text, e + 1, s.end)) {
    const suffix = k.companySuffixes.longestSuffixEndingAt(text, e, s.start);
    if (!suffix) continue;
    const word = text.slice(suffix.start, e);
    if (!ENDING_KINDS.has(suffix.value) && !ENDING_SECTORS.has(word)) continue;
    if (!isBoundary(s.tokens, e, text, k)) continue;
    let start = nameStart(s.tokens, suffix.start, s.start, { blocked, maxTokens: 8, maxChars: 24, inner: INNER, endsName, shortNounsBeforeProper: true, brackets: true, joinsNext: (t, next) => tradeWith(k, t, next) });
    if (start >= suffix.start) continue; // a bare 公司 / 集团 names no company
    // (a province's or city's name that jieba cut across the start, 上/f + 海瑞/nz + 塘实业有限公司: the name begins with it)
    start = placeAcrossStart(k, text, start, s.start);
    // 保险公司, 外资银行: a kind of company, not one; but one word before 集团 that names no trade or kind is a brand
    // (某城集团: groups are named so)
    // (a region level written before the trade is one too: 县供电公司, 市自来水公司)
    if (!hasProperPart(s.tokens, start, suffix.start) && !levelLed(s.tokens, start, suffix.start) && !(suffix.value === 'group' && brandWord(s.tokens, start, suffix.start, k)) &&
      !(REGISTERED.test(word) && brandBeforeTrade(text, s.tokens, start, suffix.start, k))) continue;
    if (isGenericBody(text.slice(start, e), k)) continue; // 商业银行, 上市公司 even when jieba knows them
    // a country + 公司 (美国公司) is the country's companies, not one
    if (word === '公司' && k.places.get(text.slice(start, suffix.start))?.kind === 'country') continue;
    out.push({ type: 'company', start, end: e, text: text.slice(start, e), rule: 'company.suffix', kind: suffix.value === 'sector' ? 'bank' : suffix.value });
  }
  return out;
}

/** Kinds of places whose name, short or full, begins a company's name (上海 + 某某实业有限公司, 松漠市 + 某某公司). */
const LEADING_PLACE_KINDS = new Set(['province', 'municipality', 'autonomous-region', 'special-region', 'city', 'prefecture', 'county', 'county-city', 'district']);

/**
 * The start of a place the gazetteer knows that begins one or two characters before `start` and ends after it, at a
 * clause's start, after a mark or after a word of grammar; else `start`.
 */
function placeAcrossStart(k: Knowledge, text: string, start: number, floor: number): number {
  for (let from = start - 1; from >= Math.max(floor, start - 2); from--) {
    const m = k.places.longestMatchAt(text, from);
    if (m && m.end > start && LEADING_PLACE_KINDS.has(m.value.kind) && opensName(text, from, floor)) return from;
  }
  return start;
}

/** One character jieba cut off a trade of company-suffixes.tsv (新 + 材料 of 新材料, 新 + 能源): part of the name. */
function tradeWith(k: Knowledge, t: Token, next: Token | undefined): boolean {
  if (t.word.length !== 1 || !next) return false;
  const word = t.word + next.word;
  const m = k.companySuffixes.suffixOf(word);
  return m !== null && m.start === 0 && m.value === 'sector';
}

/** Words before 集团 that name a kind of group, not one (企业集团, 媒体集团, 大型集团). */
const GROUP_KINDS = new Set(['企业', '媒体', '大型', '中型', '国有', '民营', '跨国', '上市', '龙头', '产业', '外资', '利益', '犯罪', '财团', '工业', '出版', '报业', '演艺', '娱乐']);

/** [start, end) is one two-character common noun that is neither a trade (科技, 地产) nor a kind of group. */
function brandWord(tokens: readonly Token[], start: number, end: number, k: Knowledge): boolean {
  const inside = tokens.filter((t) => t.start >= start && t.end <= end);
  const t = inside[0];
  if (inside.length !== 1 || !t || t.start !== start || t.end !== end || t.word.length !== 2 || t.tag !== 'n') return false;
  if (GROUP_KINDS.has(t.word)) return false;
  // a trade word (地产, 科技) or a word ending in one names a kind
  return k.companySuffixes.suffixOf(t.word) === null;
}

/** A registered company's legal form (有限公司, 股份有限公司, 有限责任公司): a kind of company is never written so. */
const REGISTERED = /有限/;
/** Tags of a common word that is a brand before a trade (青石/n + 科技 + 股份有限公司, 长风/nz + 物流 + 有限公司). */
const BRAND_TAGS = new Set(['n', 'nz', 'an', 'a', 's', 'vn']);

/**
 * The name is a word of two characters and a trade (青石 + 科技, 长风 + 物流) before a registered legal form: the
 * word is the company's brand, however common (a kind of company is not written with its legal form).
 */
function brandBeforeTrade(text: string, tokens: readonly Token[], start: number, end: number, k: Knowledge): boolean {
  const t = tokens[tokenIndexAt(tokens, start)];
  if (!t || t.start !== start || t.end >= end || t.word.length !== 2 || !BRAND_TAGS.has(t.tag) || GROUP_KINDS.has(t.word)) return false;
  if (k.companySuffixes.suffixOf(t.word) !== null) return false;
  const trade = k.companySuffixes.suffixOf(text.slice(t.end, end));
  return trade !== null && trade.start === 0 && trade.value === 'sector';
}

/** Tags of a name-like piece: a place, a person or brand, an organisation, an unknown or Latin word, an abbreviation. */
const PROPER_TAGS = new Set(['ns', 'nr', 'nrt', 'nrfg', 'nz', 'nt', 'x', 'eng', 'j']);

/** Some token overlapping [start, end) is name-like (a company name needs one; common nouns alone name a kind). */
function hasProperPart(tokens: readonly Token[], start: number, end: number): boolean {
  return tokens.some((t) => t.start < end && start < t.end && PROPER_TAGS.has(t.tag)) || cutIntoCharacters(tokens, start, end);
}

/** Tags of one-character words that do name things (a noun, a place or time character, a morpheme). */
const CHARACTER_NAME_TAGS = new Set(['n', 'ng', 'g', 'zg', 's', 'tg']);

/**
 * The name begins with two one-character words (溪/n 城/n + 精工机械集团有限公司): a brand or place jieba does not know,
 * cut into its characters; its words are the company's own, however common each character alone.
 */
function cutIntoCharacters(tokens: readonly Token[], start: number, end: number): boolean {
  const i = tokenIndexAt(tokens, start);
  const a = tokens[i];
  const b = tokens[i + 1];
  return a !== undefined && a.start === start && b !== undefined && b.end < end && a.word.length === 1 && b.word.length === 1 && CHARACTER_NAME_TAGS.has(a.tag) && CHARACTER_NAME_TAGS.has(b.tag);
}
