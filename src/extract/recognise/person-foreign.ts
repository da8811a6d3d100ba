// person.foreign: names written in transliteration characters (the shape of 马克龙, 默克尔, 奥尔布赖特); names
// with a middle dot (阿依努尔·吐尔逊, 马克·某某) are person-dotted.ts's (rule person.dotted). A run of transliteration characters is a name when
// jieba reads it as a name or an unknown word (not as an ordinary word), it is not a place (countries, the
// gazetteer), and it is long enough or stands in a person context (a title before, a person verb after).
import type { Doc, Found, Recogniser, Sentence, Token } from '../types.js';
import { knowledge, type Knowledge } from './knowledge.js';
import { tokenIndexAt } from './name-extent.js';
import { hasPersonCue, isMatchReport } from './match-report.js';
import { personCues, type Cues } from './person-cues.js';
import { DOTS, dottedInSentence } from './person-dotted.js';
import { hasCharAt } from './char-table.js';

const NAME_TAGS = new Set(['nr', 'nrt', 'nrfg', 'x']);
const MIN_ALONE = 3;
/** jieba tags of a two-character word that may be a foreign name with no cue around it */
const SHORT_ALONE_TAGS = new Set(['nrt']);
/** Function characters that follow a name (在, 和, 与 …) and are also transliteration characters. */
const TRAILING = new Set([...'在和与及的是了说将对向为']);
/** Digits and the decimal point (ASCII and full-width). */
const FIGURE = /[0-9０-９.．]/;

export const recogniseForeignPersons: Recogniser = (doc: Doc): Found[] => {
  const k = knowledge();
  const cues = personCues();
  return doc.sentences.flatMap((s) => foreignInSentence(doc.text, s, k, cues));
};

function foreignInSentence(text: string, s: Sentence, k: Knowledge, cues: Cues): Found[] {
  const dotted = dottedInSentence(text, s, k, cues);
  const out: Found[] = [...dotted];
  let i = s.start;
  while (i < s.end) {
    const inDotted = dotted.length === 0 ? undefined : dotted.find((d) => d.start <= i && i < d.end);
    if (inDotted) { i = inDotted.end; continue; }
    if (!hasCharAt(k.translitByUnit, text, i) || !startsToken(s.tokens, i)) { i++; continue; }
    let e = i;
    // a dot joins no run here: middle-dot names are person-dotted.ts's, and a dot it refused is no name
    if (DOTS.has(text[i - 1] ?? '')) { i++; continue; }
    while (e < s.end && hasCharAt(k.translitByUnit, text, e)) e++;
    if (DOTS.has(text[e] ?? '')) { i = e + 1; continue; }
    const eponym = eponymAt(text, s, k, i, e);
    if (eponym) { out.push(eponym); i = e; continue; }
    const found = judge(text, s, k, cues, i, e);
    if (found) out.push(found);
    i = Math.max(e, i + 1);
  }
  // in a match report, a name without a person cue is a team's (match-report.ts)
  if (out.length === 0 || !isMatchReport(text, s)) return out;
  return out.filter((f) => hasPersonCue(k, cues, text, s, f.start, f.end));
}

/** What a person's name is given to: a doctrine (…主义) or a trophy (…杯). */
const EPONYM_HEADS = ['主义', '杯'];

/**
 * person.eponym: a transliterated name that names a doctrine or a trophy (某某主义, 某某斯杯) is the person's name,
 * though jieba reads the whole as one word; a place before 杯 (欧洲杯, 亚洲杯) is no person.
 */
function eponymAt(text: string, s: Sentence, k: Knowledge, start: number, end: number): Found | null {
  if (end - start < 2 || !EPONYM_HEADS.some((h) => text.startsWith(h, end))) return null;
  const place = k.places.longestMatchAt(text, start, end);
  if (place && place.end === end) return null;
  // the run begins a jieba token and lies inside the token that holds the head (马克思主义/n), or is a token of its
  // own before the head's (某某尼/x 主义/n)
  const t = s.tokens[tokenIndexAt(s.tokens, end)];
  if (!t) return null;
  const inside = t.start <= start && t.end > end;
  if (!inside && !(t.start === end && startsToken(s.tokens, start) && endsToken(s.tokens, end))) return null;
  return { type: 'person', start, end, text: text.slice(start, end), rule: 'person.eponym' };
}

function startsToken(tokens: readonly Token[], at: number): boolean {
  const t = tokens[tokenIndexAt(tokens, at)];
  return t !== undefined && t.start === at;
}

function judge(text: string, s: Sentence, k: Knowledge, cues: Cues, start: number, end: number): Found | null {
  // a figure right before it (3.91卢比, 5戈比): a currency or unit, never a name
  if (FIGURE.test(text[start - 1] ?? '')) return null;
  // trim to the last token boundary inside the run (a name never ends inside a word), unless jieba glued the
  // name's last character to a verb or function character after it (塔勒/nrt 比说/x)
  // …but a name's last character glued to a division's level (巴格/nrt 其村/x, 乌兰查/nr 干旗/x) names the place
  if (gluedToLevel(s, end)) return null;
  if (!endsToken(s.tokens, end) && !gluedToVerb(text, s, k, end)) while (end > start && !endsToken(s.tokens, end)) end--;
  // the run goes on over ordinary words made of transliteration characters (某某胡 + 多次/m): the name ends before them
  const firstWord = s.tokens.find((t) => t.start > start && t.end <= end && t.word.length > 1 && !NAME_TAGS.has(t.tag) && t.tag !== 'ns');
  if (firstWord) end = firstWord.start;
  // a function word glued on the right (某某在, 某某和) is not part of the name
  while (end - start > 2 && TRAILING.has(text[end - 1] as string)) end--;
  if (end - start < 2) return null;
  const covered = s.tokens.filter((t) => t.start >= start && t.end <= end);
  // right after a title (教练 + 某某洛), jieba's place reading of an unknown foreign word is no objection
  const titled = k.titlesBack.longestSuffixEndingAt(text, start, s.start) !== null;
  // …and so is it with a person cue around (某某亚总统, 某某说); a known place needs a title before and a verb after
  // (乡长 + 某桑 + 说: a name that is also a city's)
  const cued = titled || hasPersonCue(k, cues, text, s, start, end) || k.titles.longestMatchAt(text, end, s.end) !== null;
  const bothSides = titled && k.verbsAfter.longestMatchAt(text, end, s.end) !== null;
  const nameLike = (t: Token): boolean => NAME_TAGS.has(t.tag) || (t.tag === 'ns' && ((cued && !placeOnItsOwn(k, t.word)) || bothSides));
  // every piece must be a name, an unknown word or a single character: 阿拉伯 or 巴西 as ordinary words refuse
  if (!covered.every((t) => nameLike(t) || t.word.length === 1)) return null;
  if (covered.length === 1 && !nameLike(covered[0] as Token)) return null;
  if (covered.length === 1 && (covered[0] as Token).tag !== 'nr' && (covered[0] as Token).tag !== 'nrt' && (covered[0] as Token).tag !== 'x' && !cued) return null;
  const surface = text.slice(start, end);
  const place = k.places.longestMatchAt(text, start, end);
  if (place && place.end === end && !bothSides) return null;
  const context = hasPersonCue(k, cues, text, s, start, end);
  // a place or body word right after it (某某村, 某某省) makes it a place's name
  if ((cues.after.longestMatchAt(text, end, s.end)?.value ?? 0) < 0 && !context) return null;
  // with no person cue, a noun right after it makes it a modifier: a thing, place or body named so (某某现象,
  // 某某国家, 某某展览馆); a person's name is followed by a title, a verb, a function word or punctuation
  if (!context && nounAfter(text, s, k, end)) return null;
  // a two-character name with no cue must be one word jieba reads as a foreign name (nrt; an unknown word x is as
  // often a verb phrase of news style, 施策):
  // its two-character nr words are mostly ordinary words (道德, 高昂) or currencies
  if (end - start < MIN_ALONE && !context && !(end - start === 2 && covered.length === 1 && SHORT_ALONE_TAGS.has((covered[0] as Token).tag))) return null;
  if (!context && covered.length > 1 && covered.every((t) => t.word.length === 1)) return null; // scattered single characters
  return { type: 'person', start, end, text: surface, rule: 'person.foreign' };
}

/** Kinds of place whose short form (拉马 for 拉马镇) names no place on its own: towns, streets, zones. */
const LOW_LEVELS = new Set(['town', 'street', 'township', 'zone']);

/** The word names a place on its own: written in full, or the short form of a county, city or higher. */
function placeOnItsOwn(k: Knowledge, word: string): boolean {
  const p = k.places.get(word);
  return p !== undefined && (!p.short || !LOW_LEVELS.has(p.kind));
}

/** Tags of a noun-like word that a modifier name stands before. */
const NOUN_TAGS = new Set(['n', 'vn', 'nr', 'ns', 'nt', 'nz', 'b', 'r', 'zg', 'ng']);
/** Demonstratives (这次, 那样, 此行): a pronoun after a name that starts so refers on; it names no thing. */
const DEMONSTRATIVE = /^[这那此该本]/;

/** A noun-like word (not a title) starts at `end`: the name before it is a modifier (某某现象, 某某国家). */
export function nounAfter(text: string, s: Sentence, k: Knowledge, end: number): boolean {
  const t = s.tokens[tokenIndexAt(s.tokens, end)];
  if (!t || t.start !== end || !NOUN_TAGS.has(t.tag)) return false;
  if (t.tag === 'r' && DEMONSTRATIVE.test(t.word)) return false;
  if (k.titles.longestMatchAt(text, end, s.end)) return false;
  return t.word.length >= 2 || t.tag === 'zg' || t.tag === 'ng';
}

/** The token holding `end - 1` is an unknown word that runs on into a person verb or function character. */
function gluedToVerb(text: string, s: Sentence, k: Knowledge, end: number): boolean {
  const t = s.tokens[tokenIndexAt(s.tokens, end - 1)];
  if (!t || t.tag !== 'x' || t.end <= end || t.end - end > 2) return false;
  return TRAILING.has(text[end] as string) || k.verbsAfter.longestMatchAt(text, end, s.end) !== null;
}

/** Levels of a division that jieba glues to the last character of a transcribed name before them (其村, 干旗). */
const GLUED_LEVELS = new Set([...'村镇乡县旗区']);

/**
 * An unknown word of two characters, a name's last and a division's level, holds `end - 1` (巴格其 + 村: 其村/x) or
 * starts at `end` (巴格 + 其村/x): the run is the head of a place's name, as place.ts reads it.
 */
function gluedToLevel(s: Sentence, end: number): boolean {
  const inside = s.tokens[tokenIndexAt(s.tokens, end - 1)];
  if (inside !== undefined && inside.end > end) return inside.tag === 'x' && inside.end - inside.start === 2 && inside.start === end - 1 && GLUED_LEVELS.has(inside.word[1] as string);
  // (or the rest of the name and its level, an unknown word of its own: 阿克/nrt 铁热克县/x)
  const t = s.tokens[tokenIndexAt(s.tokens, end)];
  return t !== undefined && t.start === end && t.tag === 'x' && t.word.length >= 2 && t.word.length <= 5 && /^[\u4e00-\u9fff]+$/.test(t.word) && GLUED_LEVELS.has(t.word[t.word.length - 1] as string);
}

function endsToken(tokens: readonly Token[], at: number): boolean {
  const t = tokens[tokenIndexAt(tokens, at - 1)];
  return t !== undefined && t.end === at;
}
