// person.japanese: Japanese names (a family name of dictionaries/japanese-surnames.tsv, two characters or more, and
// a given name of one to three characters: the shape of 某田一郎), and the family name alone as a reference (某本首相,
// 某渊说). A full name needs its end on a jieba token boundary and, after it, a person cue, a title, a verb, a function
// character or punctuation; the family name alone needs a person cue or a title right after it.
import { loadTsv } from '../../lexicon/load-tsv.js';
import { Trie } from '../../lexicon/trie.js';
import type { Doc, Found, Recogniser, Sentence, Token } from '../types.js';
import { knowledge, type Knowledge } from './knowledge.js';
import { hasPersonCue } from './match-report.js';
import { tokenIndexAt } from './name-extent.js';
import { personCues, type Cues } from './person-cues.js';
import { isHan } from './person-score.js';

let surnames: Trie<true> | undefined;

function japaneseSurnames(): Trie<true> {
  surnames ??= new Trie<true>(loadTsv('japanese-surnames.tsv', { columns: ['surname'] }).map((r) => [r.surname, true] as const));
  return surnames;
}

/** Characters after a full name that close it (function words and punctuation). */
const CLOSERS = new Set([...'的在和与及说是也还又就将对向为等、，,。；;：:（(）)”"']);

export const recogniseJapanesePersons: Recogniser = (doc: Doc): Found[] => {
  const k = knowledge();
  const cues = personCues();
  const jp = japaneseSurnames();
  const out: Found[] = [];
  for (const s of doc.sentences) {
    for (const t of s.tokens) {
      const sur = jp.longestMatchAt(doc.text, t.start, s.end);
      if (!sur) continue;
      const end = nameEnd(doc.text, s, k, cues, t.start, sur.end);
      if (end > 0) out.push({ type: 'person', start: t.start, end, text: doc.text.slice(t.start, end), rule: 'person.japanese' });
    }
  }
  return out;
};

function nameEnd(text: string, s: Sentence, k: Knowledge, cues: Cues, start: number, surEnd: number): number {
  for (const g of [3, 2, 1]) {
    const end = surEnd + g;
    if (end > s.end || !endsToken(s, end)) continue;
    let han = true;
    for (let i = surEnd; i < end; i++) if (!isHan(text[i] as string)) han = false;
    if (!han || k.places.get(text.slice(start, end)) || !givenLike(text, s, k, surEnd, end)) continue;
    if (closed(text, s, k, cues, start, end)) return end;
  }
  if (!endsToken(s, surEnd) || k.places.get(text.slice(start, surEnd))) return 0;
  return hasPersonCue(k, cues, text, s, start, surEnd) || k.titles.longestMatchAt(text, surEnd, s.end) ? surEnd : 0;
}

function closed(text: string, s: Sentence, k: Knowledge, cues: Cues, start: number, end: number): boolean {
  if (end === s.end || CLOSERS.has(text[end] as string)) return true;
  if (hasPersonCue(k, cues, text, s, start, end) || k.titles.longestMatchAt(text, end, s.end)) return true;
  const next = s.tokens[tokenIndexAt(s.tokens, end)] as Token | undefined;
  return !!next && next.start === end && next.tag.startsWith('v');
}

/** Tags of a word that is no part of a given name (某渊 + 说, 某本 + 还表示). */
const NOT_GIVEN_TAGS = new Set(['v', 'vn', 'd', 'ad', 'p', 'c', 'u', 'uj', 'ul', 'r', 'm', 'q', 'f', 't', 'y']);

/** Common last characters of Japanese given names (某郎, 某夫, 某子, 某介 …). */
const GIVEN_ENDINGS = new Set([...'郎夫雄男子彦介一二三也树美惠江代史人平治藏助之吉']);

/**
 * The given name is no title, place word or function character, and its tokens are names, unknown words or single
 * characters, not verbs or function words; a common noun inside it (某本 + 计划, 某岛 + 外形) is allowed only when the
 * given name ends the way Japanese given names do (太郎).
 */
function givenLike(text: string, s: Sentence, k: Knowledge, from: number, to: number): boolean {
  const given = text.slice(from, to);
  if (k.titles.get(given) || CLOSERS.has(text[to - 1] as string) || NOT_LAST.has(text[to - 1] as string)) return false;
  for (let i = tokenIndexAt(s.tokens, from); i >= 0 && i < s.tokens.length; i++) {
    const t = s.tokens[i] as Token;
    if (t.start >= to) break;
    if (t.end <= from) continue;
    if (NOT_GIVEN_TAGS.has(t.tag) && !(t.tag === 't' && t.word.length === 1)) return false;
    const inside = t.start >= from && t.end <= to;
    if (inside && t.word.length >= 2 && !NAME_TAGS.has(t.tag) && !GIVEN_ENDINGS.has(text[to - 1] as string)) return false;
  }
  return true;
}

const NAME_TAGS = new Set(['nr', 'nrfg', 'nrt', 'x']);
/** Place and body characters that never end a given name (某川县). */
const NOT_LAST = new Set([...'县市区省町村岛港湾山川河湖桥']);

function endsToken(s: Sentence, at: number): boolean {
  if (at === s.end) return true;
  const t = s.tokens[tokenIndexAt(s.tokens, at)];
  return t !== undefined && t.start === at;
}
