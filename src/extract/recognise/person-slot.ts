// Names in the slots news writes them in: right after a title or a role noun (县长某某, 企业家代表某某), and the
// items of the 、-list such a slot opens (副委员长甲、乙、丙). There a name's extent is given by what follows it —
// a mark, a list word, a person verb, a title, a date (dictionaries/name-followers.tsv) — more than by its
// characters, so a name of any shape is found whole: a rare or compound surname, a name that is also a word
// (高峰, 立新), a last character a segmenter reads as a word (某某在, 某某和), a Tibetan name without a surname,
// a dotted or hyphenated minority or foreign name. Rule ids: person.title-before, person.role-before,
// person.list (items after the first); person.title-after (a name right before its title: 学习某某主席重要讲话精神, or
// before 同志); person.verb-before (after a verb that takes a person: 任命某某为…).
// Its finds are strong: they beat the pieces and the longer spans other readings make of the same characters.
// Here: the scan of a sentence for openers and the name after each. Beside it: what a name in a slot looks like and
// where it ends (person-slot-shape.ts), lists read by their marks (person-slot-lists.ts), and names written before
// their post or the verb that gives it (person-slot-posts.ts).
import { qualifierBefore } from '../post-qualifiers.js';
import type { Doc, Found, Recogniser, Token } from '../types.js';
import { tokenEndingAt, tokenStartingAt } from '../tokens.js';
import { knowledge, type Knowledge } from './knowledge.js';
import { personCues } from './person-cues.js';
import { nameFollowers } from '../../lexicon/name-followers.js';
import { hasCharAt, unitTable } from './char-table.js';
import { memoOn } from './memo-on.js';
import { CLOSING_LIST } from '../closing-list.js';
import { actAfter, appointingVerbs, CREDIT_WORDS, electingVerbs, SCHOOL_YEAR, NAME_DOT, nameEnd, nameShape, oneToken, ROLE_WEIGHT } from './person-slot-shape.js';
import type { Ctx, Slot } from './person-slot-shape.js';
import { appointedNames, bareLists, closingListNames, listBeforeAct } from './person-slot-lists.js';
import { namesBeforePostsGiven, namesBeforeTitles } from './person-slot-posts.js';

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
      // (a title, then a qualifier in brackets, then the name: 副主任（挂职）某某)
      const qualified = i === listAt ? 0 : qualifierBefore(doc.text, i, s.start);
      const opener = i === listAt ? 'person.list' : hasCharAt(openerLastOf(k), doc.text, i - 1) ? openerEndingAt(ctx, i)
        : qualified > 0 && openerEndingAt(ctx, i - qualified) === 'person.title-before' ? 'person.title-before' : null;
      if (!opener || i < takenTo) continue;
      // a list the slot opens that runs to an act at an event (县领导甲、乙出席会议) is read by its marks, as a closing
      // list; else name by name
      const appointed = opener === 'person.verb-before' ? appointedNames(ctx, i) : null;
      // (an election's verb names someone only before 为 + a post: 民主选举过程 is no one)
      if (opener === 'person.verb-before' && !appointed && electingVerbs().longestSuffixEndingAt(doc.text, i, s.start)) continue;
      const names = (opener === 'person.list' ? null : opener === 'person.verb-before' ? appointed : listBeforeAct(ctx, i, opener)) ?? slotNames(ctx, i, opener);
      if (names.length) { out.push(...names); takenTo = (names[names.length - 1] as Found).end; }
    }
    for (const f of [...namesBeforeTitles(ctx), ...namesBeforePostsGiven(ctx), ...bareLists(ctx)]) if (!out.some((o) => o.start < f.end && f.start < o.end)) out.push(f);
  }
  return out;
};

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
    // after it begin a compound surname (国务委员|长孙某某, not 国务委员长 + 孙某某) — where the title is a body and a
    // post, the longer post is the body's (人大常委会|委员长 + 孙某某)
    const compound = (k.surnames.longestMatchAt(text, at, s.end)?.end ?? at) - at === 2;
    for (let end = at + 1; end <= Math.min(s.end, at + 2); end++) {
      const other = k.titlesBack.longestSuffixEndingAt(text, end, s.start);
      if (other && other.start > title.start && other.start < at && (!compound || k.orgSuffixes.longestSuffixEndingAt(text, other.start, title.start) !== null)) return null;
      // nor one that a longer title holds and runs on past (法定代表 + 人某某: the post is 法定代表人)
      if (other && other.start <= title.start && !compound) return null;
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
    if (SCHOOL_YEAR.test(name)) break;
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
