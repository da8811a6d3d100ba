// Persons found again from the persons already found, after person.ts and person-foreign.ts:
//  person.echo — a full name recognised once is the same person wherever else the article writes it, cue or not
//    (a later 某某 with no title before it and no verb after it);
//  person.list — in a list joined by 、 that holds a recognised name, the other items of a name's shape (a
//    surname + one or two given characters, or a run of transliteration characters) are names too.
// One pass over the article's text per distinct name; no segmentation of its own (jieba's tokens are reused).
import type { Doc, Found, Recogniser, Sentence, Token } from '../types.js';
import { SCHOOL_YEAR } from './person-slot-shape.js';
import { knowledge, type Knowledge } from './knowledge.js';
import { tokenIndexAt } from './name-extent.js';
import { isHan } from './person-score.js';
import { GLUED_HEAD } from './person-tokens.js';
import { hasPersonCue, isMatchReport } from './match-report.js';
import { personCues } from './person-cues.js';
import { SpanIndex, spanHolding, spanIndex } from '../span-index.js';
import { minorityParts } from '../../lexicon/minority-names.js';

/** Rules whose finds are full names sure enough to be repeated (a cue stood next to them; not a surname alone). */
const FULL_NAME_RULES = new Set(['person.title-before', 'person.bracket-after', 'person.title-after', 'person.role-before', 'person.verb-after', 'person.dotted', 'person.byline', 'person.foreign', 'person.japanese']);
/** Tags of a jieba token that may hold a name glued to a character after it (王某作/x). */
const GLUE_TAGS = new Set(['x', 'nr', 'nrt', 'nrfg', 'nz']);
/** Places and bodies a name never runs into: a name followed by one is the start of a place (某某县, 某某路). */
const NOT_AFTER = new Set([...'县市区镇乡村省州局委厅署寺庙岛湖路街巷殿馆杯']);
/** Function characters jieba glues to a name's last character (志在, 发在, 华和, 先同) */
const GLUED_TAIL = new Set([...'在和与为向对以于将同']);
/** Characters that end a list item, besides 、. */
const ITEM_END = new Set([...'，,。；;：:（()）！!？?“”"《》']);

export const recognisePersonEchoes: Recogniser = (doc: Doc, earlier: readonly Found[]): Found[] => {
  const persons = earlier.filter((f) => f.type === 'person');
  if (persons.length === 0) return [];
  const k = knowledge();
  const cues = personCues();
  const earlierIndex = spanIndex(earlier);
  const taken = (start: number, end: number): boolean => earlierIndex.overlaps(start, end);
  const out: Found[] = [];
  // the offsets the finds of `out` cover (names are short: a test is a few reads)
  const mine = new Uint8Array(doc.text.length + 1);
  const overlapsMine = (start: number, end: number): boolean => mine.subarray(start, end).includes(1);
  const keep = (f: Found): void => { out.push(f); mine.fill(1, f.start, f.end); };
  const add = (f: Found): void => {
    if (!taken(f.start, f.end) && !overlapsMine(f.start, f.end)) keep(f);
  };
  for (const { found: f, closed } of listItems(doc, k, persons)) {
    // an item closed on both sides (、某某某、) is one name: a weaker reading of a person inside it (宋某 of 宋某会,
    // jieba's 会/v) leaves an orphan character no list holds, so the item (longer) overrules it
    const inside = closed && taken(f.start, f.end) && earlierIndex.overlapping(f.start, f.end).every((o) => o.type === 'person' && !o.strong && o.start >= f.start && o.end <= f.end);
    if (inside && !overlapsMine(f.start, f.end)) keep(f);
    else add(f);
  }
  // a find another, surer one overrules (许某 of the scorer where the slot read 许某和) names no one
  const strong = new SpanIndex(persons.filter((o) => o.strong));
  const overruled = (f: Found): boolean => strong.overlapping(f.start, f.end).some((o) => o !== f);
  const cuedFinds = persons.filter((f) => FULL_NAME_RULES.has(f.rule) && f.end - f.start >= 2 && !overruled(f));
  const cuedNames = new Set(cuedFinds.map((f) => f.text));
  const sure = new Set(cuedFinds.filter((f) => f.strong).map((f) => f.text));
  // a piece of a longer name read in its slot, or of a dotted name, is that name misread (曼·某某 of 某某曼·某某,
  // 拉姆 of 旺堆拉姆)
  // a span that holds a name read in its slot and more is two names read as one (胡某卢某 of a headline's 胡某
  // 卢某出席并发言, 鲁某某 of 斯琴·朝鲁 + 某某). Distinct names only, each judged once: a long article repeats them.
  // (names are short: every piece of a name is looked up, never every other name)
  const sureLastChars = new Set([...sure].filter((o) => o.length >= 2).map((o) => o.slice(-1)));
  const fusedMemo = new Map<string, boolean>();
  const fused = (n: string): boolean => {
    let v = fusedMemo.get(n);
    if (v === undefined) {
      v = !sure.has(n) && (piecesOf(n).some((x) => sure.has(x)) || (sureLastChars.has(n[0] as string) && sure.has(n.slice(1))));
      fusedMemo.set(n, v);
    }
    return v;
  };
  // the proper pieces of the cued names that are not themselves fused: of sure names, and of any (for dotted pieces)
  const piecesOfSure = new Set<string>();
  const piecesOfAny = new Set<string>();
  for (const o of cuedNames) {
    if (fused(o)) continue;
    for (const x of piecesOf(o)) { piecesOfAny.add(x); if (sure.has(o)) piecesOfSure.add(x); }
  }
  const piece = (n: string): boolean => piecesOfSure.has(n) || (n.includes('·') && piecesOfAny.has(n));
  const known = new Set([...cuedNames].filter((n) => !piece(n) && !fused(n)));
  const names = new Set(known);
  // the last part of a dotted name is the person too (门德斯 after 阿尔贝托·门德斯: entities.ts makes it an alias)
  for (const n of known) {
    const last = n.includes('·') ? n.slice(n.lastIndexOf('·') + 1) : '';
    if (last.length >= 2) names.add(last);
  }
  for (const f of out) names.add(f.text);
  // a person another reading made across or inside the name (许某 of 许某和, 曲珍 + 德吉 of 曲珍德吉, 黄某同 of 黄某 + 同,
  // 曼·某某 of 某某曼·某某) is a misreading of the name found with a cue: the echo overrules it
  // …and so is a weaker reading that runs across a sure name's edge (松琪伍 of 段松琪伍红岩, a headline where two
  // names read in their slots stand side by side; 冬艾山·孟 of 宋烨冬艾山·孟和)
  const misread = (f: Found, start: number, end: number, name: string): boolean =>
    (f.type === 'person' && !f.strong && (!known.has(f.text) || (sure.has(name) && (f.start < start || f.end > end) && f.text !== name))) ||
    // a body or place that begins inside the name and runs past it (朱国|会见 read as 国会): the name cut it
    (f.type !== 'person' && !f.strong && f.start > start && f.start < end && f.end > end);
  // every occurrence of every name, found in one pass over the text
  const list = [...names];
  const occurrences = occurrencesOf(doc.text, list);
  // where known names stand side by side (a headline's 甲乙出席并发言), one's end is the other's start
  const edges = { starts: new Set<number>(), ends: new Set<number>() };
  list.forEach((name, n) => {
    for (const at of occurrences[n] as number[]) { edges.starts.add(at); edges.ends.add(at + name.length); }
  });
  const matchReport = new Map<Sentence, boolean>();
  list.forEach((name, n) => {
    for (const at of occurrences[n] as number[]) {
      const end = at + name.length;
      const over = taken(at, end) ? earlierIndex.overlapping(at, end) : [];
      if (over.some((f) => !misread(f, at, end, name)) || overlapsMine(at, end)) continue;
      const s = sentenceAt(doc.sentences, at);
      if (!s || end > s.end || !alignedName(doc.text, s, at, end, k, edges)) continue;
      // in a match report, a name without a person cue is a team's (match-report.ts)
      if (!matchReport.has(s)) matchReport.set(s, isMatchReport(doc.text, s));
      if (matchReport.get(s) && !hasPersonCue(k, cues, doc.text, s, at, end)) continue;
      // sure when it overrules a misreading, or when a person verb or a mark closes it (a body read later across its
      // end, 某国|会见 as 国会, does not take its characters)
      const closed = over.length > 0 || k.verbsAfter.longestMatchAt(doc.text, end, s.end) !== null || /[，。；、：！？]/.test(doc.text[end] ?? '');
      keep({ type: 'person', start: at, end, text: name, rule: 'person.echo', ...(closed ? { strong: true } : {}) });
    }
  });
  return out;
};

/** Every substring of a name shorter than it (a name is a few characters: at most a few dozen pieces). */
function piecesOf(name: string): string[] {
  const out: string[] = [];
  for (let a = 0; a < name.length; a++) for (let b = a + 1; b <= name.length; b++) if (b - a < name.length) out.push(name.slice(a, b));
  return out;
}

/** Up to this many names, each is searched with indexOf: faster than a scan with look-ups for a short article. */
const FEW_NAMES = 8;

/**
 * The offsets where each name occurs (overlapping occurrences too, in order). Past FEW_NAMES names, from one scan of
 * the text: the names are grouped by their first two code units, so each offset is one map look-up.
 */
function occurrencesOf(text: string, names: readonly string[]): number[][] {
  const out: number[][] = names.map(() => []);
  const byHead = new Map<number, number[]>();
  names.forEach((name, n) => {
    // a few names (an ordinary article), or a name of one character (none in practice): searched on their own
    if (names.length <= FEW_NAMES || name.length < 2) {
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) (out[n] as number[]).push(at);
      return;
    }
    const head = name.charCodeAt(0) * 0x10000 + name.charCodeAt(1);
    const list = byHead.get(head);
    if (list) list.push(n);
    else byHead.set(head, [n]);
  });
  if (byHead.size === 0) return out;
  for (let at = 0; at + 1 < text.length; at++) {
    const list = byHead.get(text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1));
    if (!list) continue;
    for (const n of list) if (text.startsWith(names[n] as string, at)) (out[n] as number[]).push(at);
  }
  return out;
}

function sentenceAt(sentences: readonly Sentence[], at: number): Sentence | undefined {
  const i = spanHolding(sentences, at);
  return i < 0 ? undefined : sentences[i];
}

interface Edges {
  starts: ReadonlySet<number>;
  ends: ReadonlySet<number>;
}

/**
 * The span starts a jieba token (or where another known name ends: 甲乙) and ends one, or ends where another known
 * name starts, or inside an unknown or name token (王某作/x) before no place word, or right before a person verb
 * jieba glued to its last character (某某旦增/强调 read as 旦/增强/调).
 */
function alignedName(text: string, s: Sentence, start: number, end: number, k: Knowledge, edges: Edges): boolean {
  const first = s.tokens[tokenIndexAt(s.tokens, start)];
  // …or one character into an unknown word jieba glued to a function character before it (受某/x)
  const glued = first && first.start === start - 1 && first.tag === 'x' && GLUED_HEAD.has(text[start - 1] as string);
  if (!first || (first.start !== start && !edges.ends.has(start) && !glued)) return false;
  if (NOT_AFTER.has(text[end] ?? '')) return false;
  const last = s.tokens[tokenIndexAt(s.tokens, end - 1)] as Token | undefined;
  if (!last) return false;
  if (last.end === end || edges.starts.has(end)) return true;
  if (k.verbsAfter.longestMatchAt(text, end, s.end)) return true;
  // jieba glued the last character to a function word after it (某某芳志/在 read as 志在)
  if (last.end === end + 1 && last.word.length === 2 && GLUED_TAIL.has(text[end] as string)) return true;
  return GLUE_TAGS.has(last.tag) && last.end === end + 1;
}

/** Items of 、-lists holding a recognised person that have a name's shape. */
function listItems(doc: Doc, k: Knowledge, persons: readonly Found[]): ListItem[] {
  const { text } = doc;
  const out: ListItem[] = [];
  const seen = new Set<number>();
  for (const p of persons) {
    if (p.rule === 'person.surname-ref') continue;
    const s = sentenceAt(doc.sentences, p.start);
    if (!s) continue;
    // walk right over 、 items, then left
    for (let at = p.end; text[at] === '、'; ) {
      const start = at + 1;
      let end = start;
      // (等 closes the list: 甲、乙等出席)
      while (end < s.end && (isHan(text[end] as string) || DOT.test(text[end] as string)) && text[end] !== '、' && !(text[end] === '等' && end - start >= 2)) end++;
      if (seen.has(start)) break;
      seen.add(start);
      if (nameShaped(text, k, start, end)) out.push(listItem(text, start, end, text[end] === '、'));
      else if (text[end] !== '、') {
        // the last item runs into the predicate (某某出征): a name's length that ends a token before a verb
        const tail = lastItemEnd(s, start, end);
        if (tail > 0 && nameShaped(text, k, start, tail)) out.push(listItem(text, start, tail, false));
      }
      at = end;
    }
    for (let at = p.start; text[at - 1] === '、'; ) {
      const end = at - 1;
      let start = end;
      while (start > s.start && (isHan(text[start - 1] as string) || DOT.test(text[start - 1] as string))) start--;
      const closed = start === s.start || text[start - 1] === '、' || ITEM_END.has(text[start - 1] as string);
      if (!closed || seen.has(start)) break;
      seen.add(start);
      if (nameShaped(text, k, start, end)) out.push(listItem(text, start, end, text[start - 1] === '、'));
      at = start;
    }
  }
  return out;
}

/** An item of a list of names; `closed` when a 、 stands on both its sides. */
interface ListItem { found: Found; closed: boolean }

function listItem(text: string, start: number, end: number, closed: boolean): ListItem {
  return { found: { type: 'person', start, end, text: text.slice(start, end), rule: 'person.list' }, closed };
}

/** The end of a last list item of two or three characters followed by a verb token, or 0. */
function lastItemEnd(s: Sentence, start: number, runEnd: number): number {
  for (const n of [3, 2]) {
    const end = start + n;
    if (end >= runEnd) continue;
    const i = tokenIndexAt(s.tokens, end);
    const t = s.tokens[i] as Token | undefined;
    if (!t || t.start !== end || !t.tag.startsWith('v')) continue;
    const first = s.tokens[tokenIndexAt(s.tokens, start)] as Token | undefined;
    if (first && first.start === start) return end;
  }
  return 0;
}

/** A surname + one or two given characters (no place or body word), or two to five transliteration characters. */
/** the marks that join the parts of a minority or foreign name (苏和·巴雅尔, 某某-某某) */
const DOT = /[·•‧・\-－]/;

function nameShaped(text: string, k: Knowledge, start: number, end: number): boolean {
  // a name of parts joined by a dot: each part two to seven characters, none of them a place written in full
  const parts = text.slice(start, end).split(DOT);
  if (parts.length > 1) return parts.length <= 4 && parts.every((x) => x.length >= 1 && x.length <= 7 && /^[\u4e00-\u9fff]+$/.test(x)) && !NOT_AFTER.has(text[end - 1] as string);
  const n = end - start;
  if (n < 2 || n > 5) return false;
  if (NOT_AFTER.has(text[end - 1] as string) || SCHOOL_YEAR.test(text.slice(start, end))) return false;
  // a place written in full; a short form (甘雨 for 甘雨镇, 江山 for 江山市) beside names in a list is a name
  const place = k.places.longestMatchAt(text, start, end);
  if (place && place.end === end && !place.value.short) return false;
  const sur = k.surnames.longestMatchAt(text, start, end);
  if (sur && end - sur.end >= 1 && end - sur.end <= 2) return true;
  // a Tibetan, Mongolian or Yi name of two parts (顿珠 + 桑珠, jieba's 顿珠/ns)
  if (n >= 4 && minorityParts(text.slice(start, end), 2)) return true;
  for (let i = start; i < end; i++) if (!k.translit.has(text[i] as string)) return false;
  return true;
}
