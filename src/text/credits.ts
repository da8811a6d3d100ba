// Bylines and credits, wherever an article prints them: in brackets after the dateline (本报讯（记者 甲 通讯员 乙）),
// at the start of the body (记者 甲 通讯员 乙 报道：), on a line of their own (□本报记者 甲), at the end
// (（融媒体记者 甲）, 编辑 甲 校对 乙, 文/甲 图/乙). The people credited are the article's writers, each with the
// credit word as printed (dictionaries/credit-roles.tsv), and the credit is no part of any sentence: its names are
// never attendees or hosts, and the act after it (…）3月8日，某县召开) belongs to the subject after it.
import { loadTsv, DictionaryError } from '../lexicon/load-tsv.js';
import { Trie } from '../lexicon/trie.js';
import { getLexicon } from '../lexicon/lexicon.js';
import { inClass, unitsOf } from './unit-class.js';
import { minorityParts, translitCount } from '../lexicon/minority-names.js';
import { simplifiedHead } from './simplify.js';
import { endsWithDivision } from '../extract/region-title.js';

export interface Credit {
  name: string;
  /** the credit word as printed: 记者, 通讯员, 融媒体记者, 文, 图, 编辑 … */
  role: string;
  start: number;
  end: number;
}

/** A credit as printed, brackets and trailer included: [start, end) is taken out of the article's sentences. */
export interface CreditBlock {
  start: number;
  end: number;
  credits: Credit[];
}

interface Words { roles: Trie<'role' | 'trailer'> }
let words: Words | undefined;

function creditWords(): Words {
  if (words) return words;
  const rows = loadTsv('credit-roles.tsv', { columns: ['word', 'kind'], key: ['word'] });
  for (const r of rows) {
    if (r.kind !== 'role' && r.kind !== 'trailer') throw new DictionaryError('dictionaries/credit-roles.tsv', r.line, `kind must be role or trailer, found "${r.kind}"`);
  }
  words = { roles: new Trie(rows.map((r) => [r.word, r.kind as 'role' | 'trailer'] as const)) };
  return words;
}

const SPACE = /[ \t\u3000\u00a0]/;
/** Fields a portal prints with a value beside a credit on one line (作者：甲　来源：某中心　发布时间：…) */
const VALUE_FIELDS = ['来源', '稿源', '出处', '发布时间', '发布日期', '时间', '日期'];
/** …and those fields, or a counter's or the page's (点击：, 字号：), end the credit */
const OTHER_FIELD = new RegExp(`^(?:${[...VALUE_FIELDS, '点击', '浏览', '字号'].join('|')})[：:]`);
const SEPARATOR = /[ \t\u3000\u00a0、｜|/／□■◆●]/;
const HAN = /[\u4e00-\u9fff·•‧・]/;
/** opening brackets, by code unit: findCredits reads every character of the text for one (〔〕: Taiwan's papers) */
const OPEN = unitsOf('（(【[〔');
const CLOSE: Record<string, string> = { '（': '）', '(': ')', '【': '】', '[': ']', '〔': '〕' };
/** The words a paper, station, site or journal names itself by (本报, 本台, 本网, 本刊): its datelines and its staff's roles. */
const HOUSE_WORDS: readonly string[] = ['本报', '本刊', '本台', '本网'];
/** a dateline that may stand before a credit at the start of the body (本报讯, 本报3月8日讯, 某县融媒体中心讯, 新华社北京3月8日电,
 * a county paper's 某地讯 before a space) */
const DATELINE = new RegExp(String.raw`^[□■◆●\s]*[【〔[]?(?:${[...HOUSE_WORDS, '新华社', '中新社'].join('|')}|[\u4e00-\u9fff]{2,4}(?=讯[ \t\u3000])|[\u4e00-\u9fff]{0,12}?(?:融媒体中心|融媒|日报社|报社|电视台))[^，。：:\s（(【〔]{0,16}?(?:讯|电|消息)[】〕\]]?\s*`);

/** a portal's source field, first on the line of its credits, and the time fields after it (来源：某区委组织部　编辑：甲;
 * 来源：某县人民政府网　　发布时间：2025-07-15 08:40　　编辑：甲): a field's value ends at a wide space or a bar, spaced or not
 * (来源：某日报 | 作者：…) */
const SOURCE_FIRST = new RegExp(String.raw`^(?:(?:${VALUE_FIELDS.join('|')})[：:](?:[^\s\u3000：:｜|]|[ \t](?=[^\s｜|])|(?<=\d):(?=\d)){1,30}?(?:[ \t\u3000\u00a0]*[｜|][ \t\u3000\u00a0]*|[\u3000\u00a0]+|[ \t]{2,}|[ \t](?=[\u4e00-\u9fff])))+(?=[\u4e00-\u9fff])`);
/** a portal's name and the time it published the article, before the fields of its credits line */
const PORTAL_HEAD = /^[\u4e00-\u9fff]{2,12}[ \t\u3000]+\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?[ \t\u3000]+(?=来源|稿源|作者|编辑)/;
/** a unit credited for supplying the article, printed before the editors' fields (某镇党政综合办公室供稿　　责任编辑：甲;
 * （县人民政府办公室供稿）　编辑：乙): no writer */
const SUPPLIED_APART = /^[（(]?[\u4e00-\u9fff]{2,24}?(?:供稿|供图)[）)]?[ \t\u3000\u00a0]+(?=[\u4e00-\u9fff])/;

/** a newsroom's full name printed apart, before the credit words (（某某县融媒体中心 记者 甲）) */
/** The words a newsroom's name ends in (某县融媒体中心, 某市日报社, 某区广播电视台), as alternatives of a pattern. */
export const NEWSROOM_WORDS = '融媒体中心|融媒|日报社|日报|报社|广播电视台|电视台';
const NEWSROOM_APART = new RegExp(String.raw`^(?:来源[：:])?[\u4e00-\u9fff]{1,12}?(?:${NEWSROOM_WORDS})(?:供稿|供图|稿)?[\s\u3000]+(?=[\u4e00-\u9fff])`);
/** a town's, street's or community's office printed apart before its writers, in the brackets that end an article
 * (（某乡党政办　甲）, （某街道　甲）) */
const UNIT_APART = /^[\u4e00-\u9fff]{1,10}?(?:乡|镇|街道|社区|苏木)(?:党政办|党政综合办|党政综合办公室|办公室|宣传办)?[\s\u3000]+(?=[\u4e00-\u9fff])/;
/** the office an author works in, printed apart after the role word (作者：县政府办 甲) */
const OFFICE_APART = /^(?:[县区市镇乡旗]|[\u4e00-\u9fff]{1,6}?[县区市])[\u4e00-\u9fff]{0,8}?(?:办公室|办|局|委|中心|部|院|站|所|政府)[\s\u3000]+(?=[\u4e00-\u9fff])/;
/** a newsroom's name before a credit word: 某某区融媒体中心 + 记者, 某某日报 + 记者 (the credit word itself may begin
 * with 融媒体中心) */
const NEWSROOMS: readonly RegExp[] = [
  /^[\u4e00-\u9fff]{1,12}?(?:县|区|市|旗|州)(?=融媒体中心|融媒|日报|报社|电视台|广播电视台)/,
  // (a county's name without its level before its newsroom's credit word: 某某融媒记者 甲)
  /^[\u4e00-\u9fff]{2,4}?(?=融媒体?(?:记者|通讯员))/,
  /^[\u4e00-\u9fff]{2,10}?(?:日报社?|晚报|晨报|早报|商报|时报|都市报|报社|电视台|广播电视台|融媒体中心|新闻网|新闻客户端|客户端)(?=[\u4e00-\u9fff]{0,3}记者|通讯员|摄影|实习生)/,
];

interface Item {
  kind: 'role' | 'trailer' | 'name';
  text: string;
  start: number;
  end: number;
  /** a name printed right after its role word, without a space (记者王某) */
  glued?: boolean;
}

/**
 * A town's office printed apart before its writers (UNIT_APART): in the brackets that end an article, or anywhere when a
 * role word follows it (a brief column's items each end so: （某乡　通讯员　甲）); else null.
 */
function unitApart(roles: Trie<'role' | 'trailer'>, text: string, at: number, to: number, ahead: string, atEnd: boolean): RegExpExecArray | null {
  const m = UNIT_APART.exec(ahead);
  return m && (atEnd || roleAt(roles, text, at + m[0].length, to) !== null) ? m : null;
}

/** Reads credit items from `from` up to `to`; stops at the first thing that is none (returns what came before). */
function readItems(text: string, from: number, to: number, commas: boolean, atEnd = false): Item[] {
  const { roles } = creditWords();
  const items: Item[] = [];
  let at = from;
  let spaced = true;
  while (at < to) {
    const ch = text[at] as string;
    if (SEPARATOR.test(ch) || (commas && (ch === '，' || ch === ','))) { at++; spaced = true; continue; }
    // a colon belongs to the credit only right after its role word (编辑：某某); anywhere else it ends the credit
    if (ch === '：' || ch === ':') {
      if (items[items.length - 1]?.kind !== 'role') break;
      at++; spaced = true; continue;
    }
    // a role written with its newsroom before it (某某区融媒体中心记者): the role word is the credit word
    // (each form is tried: 某州 + 日报记者 is no role after the place, 某州日报 + 记者 is)
    const ahead = text.slice(at, Math.min(to, at + 24));
    const desk = NEWSROOMS.map((r) => r.exec(ahead)).find((m) => m !== null && roleAt(roles, text, at + m[0].length, to) !== null);
    if (desk) { at += desk[0].length; continue; }
    // a newsroom, or the office an author works in, printed apart before the credits (（某县融媒体中心 记者 甲）,
    // 作者：县政府办 甲): no name
    const ahead24 = text.slice(at, Math.min(to, at + 24));
    const apart = (items.length === 0 ? NEWSROOM_APART.exec(ahead24) ?? unitApart(roles, text, at, to, ahead24, atEnd) : items[items.length - 1]?.kind === 'role' ? OFFICE_APART.exec(ahead24) : null);
    if (apart) {
      // (names right after the newsroom, with no credit word, are its writers: （某县融媒体中心　甲　乙）)
      if (items.length === 0) items.push({ kind: 'role', text: '', start: at, end: at });
      at += apart[0].length; spaced = true; continue;
    }
    const word = roleAt(roles, text, at, to);
    if (word) {
      items.push({ kind: word.kind, text: text.slice(at, word.end), start: at, end: word.end });
      at = word.end;
      spaced = false;
      continue;
    }
    if (!HAN.test(ch) || OTHER_FIELD.test(text.slice(at, Math.min(to, at + 5)))) break;
    // a run that starts with a name is no credit (creditsOf): the name is not read (most lines and brackets)
    if (items.length === 0) break;
    let end = at;
    // a name runs on over a one-character role word glued to it (常某文 + 报道 is 常某文, not 常某 + 文)
    while (end < to && HAN.test(text[end] as string) && !(end - at >= 2 && roleAt(roles, text, end, to) && (end + 1 - at > 4 || (roleAt(roles, text, end, to)?.end ?? end) - end > 1 || trailerAt(roles, text, end, to)))) end++;
    const last = items[items.length - 1];
    // (the place a report was filed from, after a slash and before 报道: 记者 甲／某地报导, as Taiwan's and Hong Kong's
    // papers print it, is no writer)
    if (last?.kind === 'name' && /[/／]/.test(text[at - 1] as string) && trailerAt(roles, text, end, to)) {
      items.push({ kind: 'trailer', text: text.slice(at, end), start: at, end });
      at = end;
      continue;
    }
    // (…and, glued to the role and to the trailer, a name and the place it was filed from: 【本报记者甲乙丙某地报道】, as
    // Macau's and Hong Kong's papers print it: a place of two characters after a name of three)
    const filedFrom = !spaced && last?.kind === 'role' && end - at >= 5 && end - at <= 6 && trailerAt(roles, text, end, to) && getLexicon().surnames.byWord.has(text[at] as string);
    const nameEnd = filedFrom ? end - 2 : end;
    items.push({ kind: 'name', text: text.slice(at, nameEnd), start: at, end: nameEnd, glued: !spaced && last?.kind === 'role' });
    if (filedFrom) items.push({ kind: 'trailer', text: text.slice(nameEnd, end), start: nameEnd, end });
    at = end;
    spaced = false;
  }
  return items;
}

/**
 * A role or trailer word at `at`. One-character words count only standing alone: a role before a slash, colon or
 * space (文/某某, 图 某某), a trailer before a space, a closing mark or the end (某某 摄).
 */
function roleAt(roles: Trie<'role' | 'trailer'>, text: string, at: number, to: number): { end: number; kind: 'role' | 'trailer' } | null {
  const m = roles.longestMatchAt(text, at, to);
  // (the house's own staff, 本报 + any role word: 本报全媒体记者, 本台记者, 本网编辑)
  if (!m) {
    const house = HOUSE.has(text.slice(at, at + 2)) ? roles.longestMatchAt(text, at + 2, to) : null;
    return house && house.value === 'role' && house.end - at > 3 ? { end: house.end, kind: 'role' } : null;
  }
  if (m.end - at > 1) return { end: m.end, kind: m.value };
  const next = text[m.end] ?? '';
  const alone = m.value === 'role'
    ? /[/／:：｜|]/.test(next) || SPACE.test(next)
    : m.end >= to || SPACE.test(next) || /[）)】\]。]/.test(next);
  return alone ? { end: m.end, kind: m.value } : null;
}

/** The words a paper, station or site writes before its own staff's role (本报记者, 本台记者, 本网编辑). */
const HOUSE: ReadonlySet<string> = new Set(HOUSE_WORDS);

/** A trailer word (报道, 摄) at `at`, which may follow a name without a space (某某摄). */
function trailerAt(roles: Trie<'role' | 'trailer'>, text: string, at: number, to: number): boolean {
  return roleAt(roles, text, at, to)?.kind === 'trailer';
}

/** The credits of a run of items: every name after a role; null unless it starts with a role and names someone. */
function creditsOf(items: readonly Item[]): Credit[] | null {
  if (items[0]?.kind !== 'role') return null;
  const out: Credit[] = [];
  let role = '';
  for (const it of items) {
    if (it.kind === 'role') { role = it.text.replace(/[/／]/g, '/'); continue; }
    if (it.kind === 'trailer') continue;
    // (a body credited for the pictures, 图：区妇联, is part of the credit and no writer)
    // (…or a place, 供稿：某镇: a unit's contribution names the place's office)
    if (role && (isBody(it.text) || (it.text.length >= 3 && (role === '供稿' || it.text.length >= 4) && endsWithDivision(it.text)))) continue;
    if (!isCreditName(it)) return null;
    out.push({ name: it.text, role, start: it.start, end: it.end });
  }
  return out.length ? out : null;
}

/**
 * A name in a credit: 2–4 Han characters (or a dotted name); glued to its role word it must start with a surname or
 * be made of the parts of a minority people's names (记者扎西多吉).
 */
function isCreditName(it: Item): boolean {
  const n = it.text;
  if (n.includes('·')) return /^[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8}){1,3}$/.test(n);
  // (five or six characters: a name of a people without surnames, 乌云毕力格, 古再丽努尔)
  if (n.length < 2 || n.length > 6 || (n.length > 4 && !transcribed(n))) return false;
  if (!it.glued) return true;
  const surnames = getLexicon().surnames.byWord;
  return surnames.has(n.slice(0, 2)) || surnames.has(n.slice(0, 1)) || minorityParts(n, 2);
}

/** An office credited as an author (作者：教务处, 供稿：党政办): three characters or more ending as no Han name does. */
const OFFICE_END = /^[\u4e00-\u9fff]{1,6}(?:处|办|室|中心)$/;

/** Levels a body credited for a picture begins with (图：区妇联, 供图：县文旅局) */
const BODY_LEVELS = new Set([...'省市区县镇乡']);

/** A body credited in a name's place (图：区妇联, 图：妇联, 供稿：某处): a body's word alone, a level and a word ending in
 * one (区 + 妇联, 县 + 文旅 + 局), or a unit longer than a name ending in one; a name that ends as a body's word does
 * (黎国会) is a name. */
function isBody(n: string): boolean {
  const suffixes = getLexicon().orgSuffixes.byWord;
  if (suffixes.has(n) || OFFICE_END.test(n)) return true;
  // (a unit of five characters or more that ends in a body's word, 党委宣传部, 国际合作与交流处: longer than a Han name)
  if (n.length >= 5 && !n.includes('·')) for (let len = 1; len <= 4; len++) if (suffixes.has(n.slice(n.length - len))) return true;
  if (!BODY_LEVELS.has(n[0] as string)) return false;
  for (let len = 1; len <= Math.min(4, n.length - 1); len++) if (suffixes.has(n.slice(n.length - len))) return true;
  return false;
}

/** Made of the parts of a minority people's names, or of transliteration characters mostly (乌云毕力格, 古再丽努尔). */
function transcribed(n: string): boolean {
  return minorityParts(n, 3) || translitCount(n) * 3 >= n.length * 2;
}

/** Role words a credit may also print after its names, for what they did (（记者 甲 文/图）, （记者 甲 摄影）). */
const AFTER_NAMES = new Set(['文/图', '图/文', '文图', '图文', '摄影', '摄像']);


/** A credit run from `from`: the items as far as they go, trimmed back to the last name or trailer. */
function runAt(text: string, from: number, to: number, commas: boolean, atEnd = false): CreditBlock | null {
  const items = readItems(text, from, to, commas, atEnd);
  // (what the writers did, printed after their names, belongs to the credit: （记者 甲 文/图）)
  const final = items[items.length - 1];
  const tail = final?.kind === 'role' && AFTER_NAMES.has(final.text) && items[items.length - 2]?.kind === 'name' ? final.end : -1;
  while (items.length && items[items.length - 1]?.kind === 'role') items.pop();
  const credits = creditsOf(items);
  if (!credits) return null;
  // (…and names the newsroom printed apart left without a word take it: （某县融媒体中心 甲 文/图）)
  if (tail >= 0) for (const c of credits) if (c.role === '') c.role = (final as Item).text.replace(/[/／]/g, '/');
  const last = items[items.length - 1] as Item;
  return { start: (items[0] as Item).start, end: Math.max(last.end, tail), credits };
}

/**
 * A line that is a credit and nothing else (□记者 甲 报道, 本报记者 甲 乙, 【融媒体记者 甲】): its credits with
 * offsets into the page (`start` is the line's offset), or null.
 */
export function creditLine(line: string, start: number): Credit[] | null {
  let from = 0;
  while (from < line.length && /[□■◆◇●○▲△☆★◎\s]/.test(line[from] as string)) from++;
  let to = line.length;
  while (to > from && /\s/.test(line[to - 1] as string)) to--;
  const bracket = inClass(OPEN, line, from) && line[to - 1] === CLOSE[line[from] as string];
  const b = bracket ? runAt(line, from + 1, to - 1, true) : runAt(line, from, to, false);
  if (!b || line.slice(b.end, bracket ? to - 1 : to).trim() !== '') return null;
  return b.credits.map((c) => ({ ...c, start: c.start + start, end: c.end + start }));
}

/** Every credit block of an article's text (offsets into it). */
export function findCredits(text: string): CreditBlock[] {
  const blocks: CreditBlock[] = [];
  const add = (b: CreditBlock | null): void => {
    if (b && !blocks.some((x) => x.start < b.end && b.start < x.end)) blocks.push(b);
  };
  // (where the lines of fields that end the text begin: read once, not per bracket)
  const fields = fieldsStart(text);
  // in brackets, anywhere: the whole bracket is the credit
  for (let i = 0; i < text.length; i++) {
    if (!inClass(OPEN, text, i)) continue;
    const open = text[i] as string;
    const close = text.indexOf(CLOSE[open] as string, i + 1);
    if (close < 0 || close - i > 60) continue;
    const inner = runAt(text, i + 1, close, true, text.slice(close + 1).trim() === '' || fieldsOnly(text, close + 1, fields));
    if (inner && text.slice(inner.end, close).trim() === '') add({ ...inner, start: i, end: close + 1 });
  }
  // at the start of the text or of a line, after a dateline if there is one: up to a colon, a date or the line's end
  for (let line = 0; line < text.length; line = text.indexOf('\n', line) + 1) {
    const lineEnd = text.indexOf('\n', line) < 0 ? text.length : text.indexOf('\n', line);
    const dl = DATELINE.exec(text.slice(line, lineEnd));
    // (or after the source a portal prints first on the credits' line: 来源：某区委组织部　编辑：甲)
    // (…after the site's name and the time it published the article: 某某新闻网　2022-01-14 08:56　来源：…　作者：…)
    const head = dl ? null : PORTAL_HEAD.exec(text.slice(line, lineEnd));
    const fieldsAt = line + (head ? head[0].length : 0);
    const source = dl ? null : SOURCE_FIRST.exec(text.slice(fieldsAt, lineEnd)) ?? (head ? null : SUPPLIED_APART.exec(text.slice(line, lineEnd)));
    const from = dl ? line + dl[0].length : source ? fieldsAt + source[0].length : line;
    const b = runAt(text, from, lineEnd, false);
    // (a line of a transcript that gives the floor to a reporter, 某报记者 甲：, ends in a colon after the name: the
    // reporter asks, and writes nothing of this article)
    if (b && !speakerLine(text, b, lineEnd)) add(withColon(text, b));
    if (text.indexOf('\n', line) < 0) break;
  }
  // at the end: what follows the last sentence, or the last credit found, when it is credits and nothing else
  // (（融媒体记者 甲）编辑 乙 joined into one line)
  const lastBlock = blocks.reduce((m, b) => Math.max(m, b.end), 0);
  for (const tail of [Math.max(text.lastIndexOf('。'), text.lastIndexOf('！'), text.lastIndexOf('？'), text.lastIndexOf('\n')) + 1, lastBlock]) {
    if (tail <= 0 || tail >= text.length) continue;
    const b = runAt(text, tail, text.length, true);
    if (b && text.slice(b.end).trim() === '') add(b);
  }
  add(bareNamesAtEnd(text));
  return blocks.sort((a, b) => a.start - b.start);
}

/** The last line of an article: names alone in brackets, no credit word (（甲 乙）), as county papers credit. */
const BARE_NAMES = /[（(]([\u4e00-\u9fff]{2,4}(?:[ \u3000]+[\u4e00-\u9fff]{2,4}){0,2})[）)]\s*$/;

/** An editor's note in brackets, no name (（全文完）, （未完待续）, （本报综合）: 全 and 未 are surnames too). */
const EDITORS_NOTE = /[完续摘编]$|^本报/;

/**
 * Names in brackets that end the article, on their own line (…\n（甲 乙）) or right after its last sentence (…。（甲）):
 * its writers, with no credit word. Each must begin with a surname, and the bracket must stand after the last sentence.
 */
function bareNamesAtEnd(full: string): CreditBlock | null {
  // (the portal's fields may follow on lines of their own: （甲 乙）\n来源：某中心\n编辑：丙)
  const text = full.slice(0, fieldsStart(full));
  const m = BARE_NAMES.exec(text);
  // (on a line of its own, or right after the last sentence's mark: …提请各代表团审议。（甲）)
  if (!m || !/(?:^|\n|[。！？”])\s*$/.test(text.slice(0, m.index))) return null;
  const surnames = getLexicon().surnames.byWord;
  const credits: Credit[] = [];
  const re = /[\u4e00-\u9fff]+/g;
  const inner = m[1] as string;
  const base = m.index + 1;
  for (let x = re.exec(inner); x; x = re.exec(inner)) {
    const name = x[0];
    // (or a name of a people without surnames, 吉克阿依, 洛桑尼玛: minority-names.ts)
    if ((!surnames.has(name.slice(0, 2)) && !surnames.has(name.slice(0, 1)) && !minorityParts(name, 2)) || EDITORS_NOTE.test(name)) return null;
    credits.push({ name, role: '', start: base + x.index, end: base + x.index + name.length });
  }
  return { start: m.index, end: m.index + m[0].trimEnd().length, credits };
}

/**
 * A line that opens with a portal's field: a credit word or a field's label, and a colon (撰稿：甲, 供稿：某镇党政办,
 * 初审：乙, 来源：某中心). Such a line is a line of its own, never a wrapped line of the text (join-lines.ts).
 */
export function opensWithField(line: string): boolean {
  // (lines are joined before the page is simplified: a traditional page's 記者：, 來源： is read in its simplified form)
  const head = simplifiedHead(line.slice(0, FIELD_REACH));
  if (OTHER_FIELD.test(head)) return true;
  const m = creditWords().roles.longestMatchAt(head, 0, Math.min(head.length, 8));
  return m !== null && (head[m.end] === '：' || head[m.end] === ':');
}

/** The longest field label with its colon that opensWithField reads (发布时间：, 责任编辑：). */
const FIELD_REACH = 9;

/** Where the lines of fields that end the text begin (来源：…\n编辑：…), or the text's length when none do. */
function fieldsStart(text: string): number {
  let end = text.length;
  for (;;) {
    const nl = text.lastIndexOf('\n', end - 1);
    if (nl < 0 || !opensWithField(text.slice(nl + 1, end).trim())) return end;
    end = nl;
  }
}

/** Only lines of fields follow `from` (its line's rest blank): a bracket there ends the article's text. */
function fieldsOnly(text: string, from: number, fields: number): boolean {
  const nl = text.indexOf('\n', from);
  return nl >= 0 && text.slice(from, nl).trim() === '' && fields <= nl;
}

/**
 * The credit run ends in a name with a colon right after it (梅江日报记者　甲：, then the question, on its line or
 * joined to it): a speaker's turn. A byline's colon follows its trailer (记者 甲 报道：), a field's its role (编辑：甲).
 */
function speakerLine(text: string, b: CreditBlock, lineEnd: number): boolean {
  const last = b.credits[b.credits.length - 1];
  return last !== undefined && last.end === b.end && /^[ \t\u3000]*[：:]/.test(text.slice(b.end, lineEnd));
}

/** A credit at the start of the body takes the colon after it (记者 甲 报道：). */
function withColon(text: string, b: CreditBlock): CreditBlock {
  let end = b.end;
  while (SPACE.test(text[end] ?? '')) end++;
  return /[：:]/.test(text[end] ?? '') ? { ...b, end: end + 1 } : b;
}
