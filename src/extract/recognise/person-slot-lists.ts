// Lists of names read by their marks, not name by name (person-slot.ts): a closing list (出席…的还有：甲、乙、丙。), a
// list a title or role noun opens that runs to an act at an event (县领导甲、乙出席会议), the appointees of 任命甲、乙为…,
// and a bare list that opens a clause and is closed by 等 and a word for people or by a person verb (甲、乙、丙等出席).
// When every item has a name's shape on its own, the marks give each name's extent: a name ending in a character
// that is also a word (某芝为, 某林长) or a dotted name is whole. Else the slot reads the list item by item.
import type { Found, Token } from '../types.js';
import { charTable, hasCharAt } from './char-table.js';
import { indexWithin } from '../text-search.js';
import { minorityParts } from '../../lexicon/minority-names.js';
import { actAfter, actsAfterDeng, allTranslit, CREDIT_WORDS, dottedName, HAN, hasInside, NAME_DOT, NAME_LIKE_PLACES, nameEnd, nameShape, oneToken, ROLE_WEIGHT, SEPARATOR, surnameFits } from './person-slot-shape.js';
import type { Ctx, Slot } from './person-slot-shape.js';

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
export function closingListNames(c: Ctx, at: number): Found[] | null {
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
export function listBeforeAct(c: Ctx, at: number, rule: string): Found[] | null {
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
export function appointedNames(c: Ctx, at: number): Found[] | null {
  const first = appointedAt(c, at, 'person.verb-before');
  if (!first) return null;
  // 任命甲为某局局长，乙为某局局长；丙为…: each clause after the first that opens with names, 为 and a post names the
  // appointed too (the verb is written once)
  const out = [...first.names];
  for (let clause = first.clauseEnd; APPOINTMENT_CLAUSE_MARKS.has(c.text[clause] as string);) {
    const next = appointedAt(c, clause + 1, 'person.list');
    if (!next) break;
    out.push(...next.names);
    clause = next.clauseEnd;
  }
  return out;
}

/** Marks between the clauses of one appointment sentence (任命甲为…，乙为…；丙为…): the slot lists and the
 * appointments (relate/appointments.ts) read them alike. */
export const APPOINTMENT_CLAUSE_MARKS: ReadonlySet<string> = new Set(['，', ',', '；', ';']);

/**
 * The names before 为 at `at` when a post follows 为 in the clause (甲为, 甲、乙为, 某某同志为), and where the clause ends;
 * null when none.
 */
function appointedAt(c: Ctx, at: number, rule: string): { names: Found[]; clauseEnd: number } | null {
  const { k, text, s } = c;
  const last = Math.min(s.end, at + APPOINTED_REACH);
  for (let p = at + 1; p < last; p++) {
    if (!listUnit(text, p - 1)) return null;
    // (为为: the first is the name's last character, 贺永为 + 为)
    if (text[p] !== '为' || text[p + 1] === '为') continue;
    // (任命某某同志为: 同志 ends the name)
    const end = text.endsWith('同志', p) ? p - 2 : p;
    let t = p + 1;
    let post = false;
    for (; t < s.end && !/[，,。；;：:]/.test(text[t] as string); t++) if (!post) post = k.titles.longestMatchAt(text, t, s.end) !== null;
    if (!post) return null;
    const names = markedList(c, at, end, rule, 1);
    return names ? { names, clauseEnd: t } : null;
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

/** Marks after which a bare list may open a clause. */
const CLAUSE_OPENERS = charTable('，,：:；;');

/**
 * A bare list of names that opens a clause (甲、乙、丙会见…; 甲、乙、丙等党和国家领导人出席…): at least two items,
 * each of a name's shape, at most half of them also words, the last one closed by a follower.
 */
export function bareLists(c: Ctx): Found[] {
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
