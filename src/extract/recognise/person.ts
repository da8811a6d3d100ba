// Chinese personal names, known and unseen: every surname (single or compound) at a token start proposes
// a name of one or two given-name characters; each candidate is scored (person-score.ts) and the best
// non-overlapping ones at or above the threshold are kept.
// Rule ids: person.title-before (a title ends right before it), person.verb-after (a person verb follows),
// person.bracket-after (its posts or a photo's place follow in brackets: 某某（县委常委、副县长）, 某某（右二）),
// person.list (、 or 和 joins it to a list), person.name (scored on its own: jieba + given-name statistics).
import type { Doc, Found, Recogniser, Sentence, Token } from '../types.js';
import { SCHOOL_YEAR } from './person-slot-shape.js';
import { knowledge, type Knowledge } from './knowledge.js';
import { tokenEndingAt, tokenStartingAt } from '../tokens.js';
import { personCues, type Cues } from './person-cues.js';
import { surnameRefs } from './person-surname-ref.js';
import { hasPersonCue, isMatchReport } from './match-report.js';
import { hasCharAt } from './char-table.js';
import { nounAfter } from './person-foreign.js';
import { PERSON_THRESHOLD, isHan, bracketAfterName, scoreName, sentenceView, type NameCandidate, type SentenceView } from './person-score.js';
import { GLUED_HEAD } from './person-tokens.js';
import { spanIndex } from '../span-index.js';
import { getLexicon } from '../../lexicon/lexicon.js';
import { nameFollowers } from '../../lexicon/name-followers.js';
import { minorityNamesInSentence } from './person-minority.js';

interface Scored extends NameCandidate {
  score: number;
}

export const recognisePersons: Recogniser = (doc: Doc): Found[] => {
  const k = knowledge();
  const cues = personCues();
  const full = doc.sentences.flatMap((s) => personsInSentence(doc.text, s, k, cues));
  // person.surname-ref: 吴先生, 王书记 → 吴, 王 (where no full name already covers the surname)
  const fullIndex = spanIndex(full);
  const refs = doc.sentences
    .flatMap((s) => surnameRefs(doc, s, k, full))
    .filter((r) => !fullIndex.overlaps(r.start, r.end));
  return [...full, ...refs];
};

function personsInSentence(text: string, s: Sentence, k: Knowledge, cues: Cues): Found[] {
  const v = sentenceView(text, s);
  const best: Scored[] = [];
  for (const t of s.tokens) {
    propose(t.start);
    // jieba's HMM glued a function character to the surname after it (但某某/x, 以某/x): a name may start inside
    // (or into a name of its dictionary's, 会议由 + 李强 read 由李强/nr)
    if ((t.tag === 'x' && t.word.length >= 2 || t.tag === 'nr' && t.word.length === 3) && GLUED_HEAD.has(t.word[0] as string)) propose(t.start + 1);
    // …or a title's last character to the surname after it (省 + 长沙 + 立群: 省长 + 沙立群)
    else if (t.word.length >= 2 && titleEndsInside(k, text, s, t)) propose(t.start + 1);
  }
  function propose(at: number): void {
    if (!k.surnames.startsAt(text, at)) return;
    // (a rare surname right after a compound one is the given name's first character: 欧阳 + 敏拉着/x is 欧阳敏)
    if (at - 2 >= s.start && k.surnames.get(text[at] as string) === 'rare' && k.surnames.get(text.slice(at - 2, at)) !== undefined) return;
    let top: Scored | undefined;
    for (const sur of k.surnames.allMatchesAt(text, at, s.end)) {
      for (let g = 1; g <= 2; g++) {
        if (sur.end + g > s.end) continue;
        const c = { start: at, mid: sur.end, end: sur.end + g };
        const score = scoreName(k, cues, v, c, sur.value, PERSON_THRESHOLD);
        if (score >= PERSON_THRESHOLD && (!top || score > top.score)) top = { ...c, score };
      }
    }
    if (top) best.push(top);
  }
  const found = pickNonOverlapping(best)
    .map((c) => toFound(k, v, c))
    .filter((f) => cueSure(f) || !ordinaryWord(v, f))
    // (a name read by its brackets alone begins where a word does: not inside a name jieba cut into characters,
    // 吉/克/伍沙（乡党委书记）, which the brackets are the cue of as a whole)
    .filter((f) => f.rule !== 'person.bracket-after' || wordEndsBefore(v, f.start))
    // (a group counted before its noun, 3600余名师生参加, is no one; nor a surname-like character and a numeral, 高二（3）班)
    .filter((f) => cueSure(f) || !(AFTER_COUNT.test(text.slice(Math.max(s.start, f.start - 2), f.start)) || SCHOOL_YEAR.test(f.text)))
    // (nor a surname-like character before a division's level: 向嘎查、社区, 高勒县召开 — the level ends a place's name)
    .filter((f) => cueSure(f) || !endsInLevel(k, f.text))
    // (nor a post that begins with a surname's character, after another post: 全省河长林长会议, 师长、连长)
    .filter((f) => !k.titles.has(f.text))
    // (nor a word that closes a name's slot, whole: 市委常委 + 班子, 县长 + 同志)
    .filter((f) => nameFollowers().longestMatchAt(text, f.start, f.end)?.end !== f.end)
    // (nor, with no cue, the name of a body whose post is written with it right after, 宁岭 + 军分区司令员, or a word of
    // jieba's that is a body right after it, 鹿鸣 + 理工大学/nt: a body's own name, 中山大学 named after a person too)
    .filter((f) => f.rule !== 'person.name' || !(beforeBodyTitle(k, text, f.end, s.end) || beforeBodyWord(v, f.end)))
    // (nor, with no cue, the name of an event right before its kind: 那达慕大会, 某某节)
    .filter((f) => cueSure(f) || f.rule === 'person.verb-after' || !beforeEventKind(text, f.end, s.end))
    .filter((f) => cueSure(f) || f.rule === 'person.verb-after' || !((dictionaryWord(v, f) || translitModifier(text, s, k, f)) && !cuedAround(k, cues, text, s, f)));
  // in a match report, a transliterated name without a person cue is a team's (match-report.ts); a Chinese name is
  // still a person's (a player, a coach, a pundit)
  const minority = minorityNamesInSentence(text, s, k, found);
  if (minority.length > 0) {
    // (a Han reading inside a minority name, 白玛次 in 白玛次仁, is no name of its own)
    const kept = found.filter((f) => !minority.some((m) => f.start >= m.start && f.end < m.end));
    found.length = 0;
    found.push(...kept, ...minority);
    found.sort((a, b) => a.start - b.start);
  }
  if (found.length === 0 || !isMatchReport(text, s)) return found;
  return found.filter((f) => hasPersonCue(k, cues, text, s, f.start, f.end) || !allTranslit(k, f.text));
}

/** The name's cue is as sure as any: a title right before it, or its posts in brackets right after it (某某（县委常委）). */
function cueSure(f: Found): boolean {
  return f.rule === 'person.title-before' || f.rule === 'person.bracket-after';
}

/** Tags of a one-character word that may stand right before a name (由某某, 和某某, 县长某某 ends in a longer word). */
const BEFORE_NAME_TAGS: ReadonlySet<string> = new Set(['p', 'c', 'u', 'uj', 'ul', 'v', 'd', 'x', 'r']);

/** A clause or a word of more than one character ends right before `at` (or a function word of one: 由, 和). */
function wordEndsBefore(v: SentenceView, at: number): boolean {
  if (at === v.start || !isHan(v.text[at - 1] as string)) return true;
  const i = tokenEndingAt(v.sentence, at);
  if (i < 0) return false;
  const t = v.tokens[i] as Token;
  return t.word.length >= 2 || BEFORE_NAME_TAGS.has(t.tag);
}

/** A title ends after the token's first character and began before the token (省/n 长沙/ns: 省长). */
function titleEndsInside(k: Knowledge, text: string, s: Sentence, t: Token): boolean {
  const title = k.titlesBack.longestSuffixEndingAt(text, t.start + 1, s.start);
  return title !== null && title.start < t.start;
}

/** A token jieba tags as an organisation (理工大学/nt, 中学/nt) starts at `at`. */
function beforeBodyWord(v: SentenceView, at: number): boolean {
  const i = tokenStartingAt(v.sentence, at);
  return i >= 0 && (v.tokens[i] as Token).tag === 'nt';
}

/** A title that begins with a body's suffix starts at `at` (军分区 + 司令员, 人武部 + 部长): what ends there names the body. */
function beforeBodyTitle(k: Knowledge, text: string, at: number, end: number): boolean {
  const title = k.titles.longestMatchAt(text, at, end);
  if (!title) return false;
  for (let e = at + 2; e < title.end; e++) if (k.orgSuffixes.longestSuffixEndingAt(text, e, at)?.start === at) return true;
  return false;
}

/** A meeting's or event's kind of two characters or more starts at `at` (大会, 文化节, 座谈会). */
function beforeEventKind(text: string, at: number, end: number): boolean {
  const m = getLexicon().meetingKinds.prefix.longestMatchAt(text, at, end);
  return m !== null && m.end - at >= 2;
}

/** Levels of divisions that end a place's name, never a given name (a one-character one of the counties and towns). */
const LEVEL_LAST = new Set([...'县区镇乡旗盟']);

/** The name ends in a division's level: its given name is a level word (嘎查, 社区, 苏木) or ends in a county's or town's. */
function endsInLevel(k: Knowledge, name: string): boolean {
  if (LEVEL_LAST.has(name[name.length - 1] as string)) return true;
  const sur = k.surnames.longestMatchAt(name, 0);
  return sur !== null && sur.end <= name.length - 2 && k.placeSuffixes.has(name.slice(sur.end));
}

/** Every character is a transliteration character: a foreign city's or club's name can look so. */
function allTranslit(k: Knowledge, word: string): boolean {
  for (const ch of word) if (!k.translit.has(ch)) return false;
  return true;
}

/** A count of people right before a word (3600余名, 两名, 30位): what follows is a group or a kind, not a name. */
const AFTER_COUNT = /[0-9０-９一二两三四五六七八九十百千万余多数]名$|[0-9０-９一二两三四五六七八九十余多数]位$/;

/** jieba tags of ordinary words (nouns, verbs, adjectives, adverbs, idioms, time and place words). */
const ORDINARY_TAGS = new Set(['n', 'v', 'vn', 'a', 'ad', 'an', 'd', 'i', 'l', 'b', 'f', 's', 't', 'm', 'q', 'r', 'c', 'p']);

/** The span is exactly one ordinary dictionary word (文章, 陈列室, 吉普车): no name without a title before it. */
function ordinaryWord(v: SentenceView, f: Found): boolean {
  const i = tokenStartingAt(v.sentence, f.start);
  if (i < 0) return false;
  const t = v.tokens[i] as Token;
  return t.end === f.end && t.word.length >= 2 && ORDINARY_TAGS.has(t.tag);
}

/**
 * A two-character word of jieba's dictionary tagged as a name (温馨, 雷雨, 范畴 are so tagged) is a name only with a
 * person cue around it (a title or role noun before, a person verb or title after): on its own, or in a list, it is
 * far more often the ordinary word.
 */
function dictionaryWord(v: SentenceView, f: Found): boolean {
  const i = tokenStartingAt(v.sentence, f.start);
  if (i < 0) return false;
  const t = v.tokens[i] as Token;
  return t.end === f.end && (t.tag === 'nr' || t.tag === 'nrt') && (t.word.length === 2 || quoted(v.text, f));
}

/**
 * The span stands alone between quotation marks (抓住“牛鼻子”, 当好“马前卒”): a figure of speech set off as such. A word
 * of jieba's tagged as a name (牛鼻子/nr) is then the figure, not a person, unless a cue says otherwise.
 */
function quoted(text: string, f: Found): boolean {
  return text[f.start - 1] === '“' && text[f.end] === '”';
}

/** A person cue next to the span (title or role noun before, verb or strong cue after) or a title right after it (某某委员长). */
function cuedAround(k: Knowledge, cues: Cues, text: string, s: Sentence, f: Found): boolean {
  return hasPersonCue(k, cues, text, s, f.start, f.end) || k.titles.longestMatchAt(text, f.end, s.end) !== null;
}

/** A name of transliteration characters alone, before a noun (某某博物馆, 某某部长会议), is a modifier, as in person-foreign.ts. */
function translitModifier(text: string, s: Sentence, k: Knowledge, f: Found): boolean {
  for (let i = f.start; i < f.end; i++) if (!hasCharAt(k.translitByUnit, text, i)) return false;
  return nounAfter(text, s, k, f.end);
}

function pickNonOverlapping(cands: Scored[]): Scored[] {
  const kept: Scored[] = [];
  for (const c of [...cands].sort((a, b) => b.score - a.score)) {
    if (kept.some((o) => o.start < c.end && c.start < o.end)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Marks that join list items (a name at the very start of the text is no list item: ''.includes('') is true). */
const LIST_MARKS = new Set([...'、和与及']);

function toFound(k: Knowledge, v: SentenceView, c: Scored): Found {
  const { text } = v;
  let rule = 'person.name';
  if (k.titlesBack.longestSuffixEndingAt(text, c.start, v.start)) rule = 'person.title-before';
  else if (k.verbsAfter.longestMatchAt(text, c.end, v.end)) rule = 'person.verb-after';
  else if (bracketAfterName(k, text, c.end, v.end)) rule = 'person.bracket-after';
  else if (LIST_MARKS.has(text[c.start - 1] ?? '') || LIST_MARKS.has(text[c.end] ?? '')) rule = 'person.list';
  return { type: 'person', start: c.start, end: c.end, text: text.slice(c.start, c.end), rule };
}
