// person.surname-ref: a surname followed by an honorific or a title names a person by the surname alone
// (吴先生, 刘某, 胡老, 陈老师, 王书记 → 吴, 刘, 胡, 陈, 王); 老/小 before a surname likewise (老李 → 李).
// When the document names exactly one full name with that surname earlier, the mention's name is it.
import type { Doc, Found, Sentence } from '../types.js';
import type { Knowledge } from './knowledge.js';
import { isHan } from './person-score.js';
import { charTable, hasCharAt } from './char-table.js';
import { namesByHead } from './names-by-head.js';

/** Words after a surname that make it a reference to a person. */
const HONORIFICS = ['先生', '女士', '小姐', '太太', '夫人', '老师', '师傅', '老', '某', '某某', '氏', '大娘', '大爷', '大妈', '大姐', '大哥', '阿姨', '医生', '军医', '教授', '同志', '总'];

/** Jieba tags of a one-character token that is a function word, noun or verb, not a surname (和, 向, 时/n, 占/v …). */
const FUNCTION_TAGS = new Set(['c', 'p', 'd', 'u', 'uj', 'ul', 'r', 'm', 'q', 'f', 'y', 'e', 'n', 'v']);

export function surnameRefs(doc: Doc, s: Sentence, k: Knowledge, fullNames: readonly Found[]): Found[] {
  const { text } = doc;
  const out: Found[] = [];
  for (const t of s.tokens) {
    // 任 before a post in mid-clause is the verb (他任乡党委书记, 调任, 改任): a surname only where a clause or a
    // preposition opens (任书记指出, 由任书记主持)
    if (text.charCodeAt(t.start) === REN && !REN_OPENS.test(text[t.start - 1] ?? '')) continue;
    // 张/q 主席, 常/d 副局长: a measure word or adverb reading of a common surname gives way to a title after it
    if (FUNCTION_TAGS.has(t.tag) && t.word.length === 1 && !(SURNAME_READ_TAGS.has(t.tag) && titledSurname(text, s, k, t.start))) continue;
    // jieba glued the character before to the surname (当汤/x 局长, 托项/x 市长)
    // (曾任/x 县委书记: 任 glued to the word before is the verb, as above; 由任/x 书记 keeps the surname)
    if (t.tag === 'x' && t.word.length === 2 && titledSurname(text, s, k, t.start + 1) && !k.surnames.get(t.word) && (text.charCodeAt(t.start + 1) !== REN || REN_OPENS.test(text[t.start] as string))) {
      out.push(ref(text, t.start + 1, t.end, fullNames));
      continue;
    }
    const sur = k.surnames.longestMatchAt(text, t.start, Math.min(s.end, t.start + 2));
    if (!sur) continue;
    const after = sur.end;
    const honorific = honorificAt(text, after);
    const title = k.titles.longestMatchAt(text, after, s.end);
    // the surname is a word of its own, or glued to what follows in a name-like token (胡老/x, 王书记/nr)
    if (t.end !== after && !NAME_TAGS.has(t.tag) && !(honorific || title)?.toString().length) continue;
    const ok = (honorific && (honorific !== '老' || oldAlone(s, after)) && !(honorific === '氏' && clanAfter(text, after + 1))) || (title && title.end - title.start >= 2);
    if (!ok) continue;
    // a region's title right after a character that is no function word (菘阳市委书记, 梓檀县长): the last character
    // of a place's name, not a surname (由王市长主持, 请李县长 stay references)
    if (!honorific && REGION_TITLE_FIRST.test(text[after] ?? '') && isHan(text[t.start - 1] ?? '') && !BEFORE_A_REFERENCE.has(text[t.start - 1] as string)) continue;
    // a word jieba knows that merely starts with the surname (马上/d + 将, 古老/nr) is that word: the surname must be a
    // token of its own or glued into an unknown word (胡老/x 说)
    // (nor a longer word of jieba's that is no name, 党支部/j before 书记)
    if (t.end > after && t.tag !== 'x' && (t.word.length === 2 || !NAME_TAGS.has(t.tag))) continue;
    // (an anonymised party, 罗某某 or 李某, is someone whose name the text withholds: never the full name written before)
    out.push(ref(text, t.start, after, honorific === '某' || honorific === '某某' ? [] : fullNames));
  }
  for (const t of s.tokens) {
    if (t.word.length !== 2 || t.word.charCodeAt(1) !== JIA || k.surnames.get(t.word[0] as string) !== 'common') continue;
    // 刘家/nrfg 的情况, 上阮家/x: the family named by its surname (a dictionary word such as 王家 of 王家村 is no reference)
    if (t.tag !== 'x' && t.tag !== 'nrfg' && t.tag !== 'nr') continue;
    if (FAMILY_NOT_AFTER.has(text[t.end] ?? '')) continue;
    out.push(ref(text, t.start, t.start + 1, fullNames));
  }
  for (const t of s.tokens) {
    if (t.word.length !== 2 || (t.word.charCodeAt(0) !== LAO && t.word.charCodeAt(0) !== XIAO)) continue;
    if (k.surnames.get(t.word[1] as string) !== 'common') continue;
    const next = text[t.end] ?? '';
    // 老于/x 的女儿: an unknown word 老/小 + surname is a reference before a function character as well
    const fnNext = t.tag === 'x' && FUNCTION_AFTER.has(next);
    if (next !== '' && isHan(next) && !fnNext && !k.verbsAfter.longestMatchAt(text, t.end, s.end)) continue;
    out.push(ref(text, t.start + 1, t.end, fullNames));
  }
  return out;
}

/** 任 (to hold a post) by code unit, and what may stand before it as a surname: a clause's opening, a preposition. */
const REN = '任'.charCodeAt(0);
const REN_OPENS = /^$|[，,。；;：:、（(“"\s由对向和与同跟给请让]/;

/** the level a region's title begins with (市委书记, 县长, 区委, 村党支部书记) */
const REGION_TITLE_FIRST = /^[省市县区镇乡州旗村]/;
/** function characters that may stand right before a surname reference (由王市长主持, 向李县长汇报, 是张区长) */
const BEFORE_A_REFERENCE = new Set([...'由对向和与同跟给请让在是的了把被将从为及等陪和经据']);

/** 家, 老, 小 by code unit: the tests of every two-character token above make no string */
const JIA = '家'.charCodeAt(0);
const LAO = '老'.charCodeAt(0);
const XIAO = '小'.charCodeAt(0);

/** Tags of a one-character token that may still be a surname when a title follows (张/q 主席, 常/d 副局长). */
const SURNAME_READ_TAGS = new Set(['q', 'd']);

/** Characters after X家 that make it a place or a word (王家村, 李家庄), not a family. */
const FAMILY_NOT_AFTER = new Set([...'村庄镇屯湾沟坪桥山岭营堡寨店坝河园巷街楼口']);

/** Function characters after 老X that leave it a reference (老于的女儿, 老史还). */
const FUNCTION_AFTER = new Set([...'的还又就也都却便才把被在和与说是']);

/** Titles that are verbs as well (代表: to represent): after an adverb's reading of a surname (曾/d 代表某县参加), the verb. */
const VERB_TITLES: ReadonlySet<string> = new Set(['代表', '指导', '监督']);

/**
 * Words of a clan after X氏 (王氏宗祠, 李氏家族, 刘氏宗亲会): the surname names a lineage there, not a person (王氏说 in
 * old-style prose still names one).
 */
const CLAN_WORDS = ['宗祠', '祠堂', '家族', '族谱', '家谱', '宗亲', '宗族', '后裔', '后人', '子孙', '族人', '先祖', '祖先', '家训', '家风', '一族', '兄弟', '姐妹', '古宅', '老宅', '祖屋', '大院'];

function clanAfter(text: string, at: number): boolean {
  return CLAN_WORDS.some((w) => text.startsWith(w, at));
}

/** A common surname at `at` with a title of two or more characters right after it, and no numeral before it (两张). */
function titledSurname(text: string, s: Sentence, k: Knowledge, at: number): boolean {
  if (k.surnames.get(text[at] as string) !== 'common') return false;
  const title = k.titles.longestMatchAt(text, at + 1, s.end);
  if (!title || title.end - title.start < 2 || VERB_TITLES.has(text.slice(title.start, title.end))) return false;
  return !/[0-9０-９一二三两四五六七八九十几百千万每这那]/.test(text[at - 1] ?? '');
}

/** 老 at `at` is a word of its own or closes its token (胡老说), not the start of 老百姓 or 老家. */
function oldAlone(s: Sentence, at: number): boolean {
  return s.tokens.some((t) => (t.start === at && t.word === '老') || t.end === at + 1);
}

const NAME_TAGS = new Set(['nr', 'nrfg', 'nrt', 'x']);

/** the honorifics' first characters: most positions start none */
const HONORIFIC_FIRST = charTable(HONORIFICS.map((h) => h[0] as string));

function honorificAt(text: string, at: number): string | undefined {
  if (!hasCharAt(HONORIFIC_FIRST, text, at)) return undefined;
  return HONORIFICS.find((h) => text.startsWith(h, at));
}

function ref(text: string, start: number, end: number, fullNames: readonly Found[]): Found {
  const surname = text.slice(start, end);
  const same = namesByHead(fullNames).onlyNameBefore(surname, start);
  const found: Found = { type: 'person', start, end, text: surname, rule: 'person.surname-ref' };
  return same !== null ? { ...found, name: same } : found;
}
