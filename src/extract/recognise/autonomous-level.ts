// The level of an autonomous division: one or more peoples (dictionaries/ethnic-groups.tsv) and the autonomous level
// after them (某某 + 彝族 + 自治县, 某某 + 土家族苗族 + 自治州, 某某 + 蒙古族 + 自治旗, 某某 + 回族 + 民族乡). What stands
// before the peoples is the division's own name, read as any place's name before its level (place-slot.ts).
import { loadTsv } from '../../lexicon/load-tsv.js';
import { Trie } from '../../lexicon/trie.js';
import type { Knowledge } from './knowledge.js';
import type { Token } from '../types.js';
import { CLAUSE_GRAMMAR, tagSet } from './tag-groups.js';
import { isHanCode } from '../../text/han.js';

/** The autonomous levels, after the peoples: a level of place-suffixes.tsv that only follows a people. */
const AUTONOMOUS_LEVELS = ['自治区', '自治州', '自治县', '自治旗', '民族乡', '民族镇'];
/** How many peoples one name joins (某某土家族苗族自治县: two; three is the most any division has). */
const MAX_PEOPLES = 3;

let peoples: Trie<true> | undefined;

/** The peoples' names, as a trie. */
function peopleTrie(): Trie<true> {
  peoples ??= new Trie(loadTsv('ethnic-groups.tsv', { columns: ['people'], key: ['people'] }).map((r) => [r.people, true] as const));
  return peoples;
}

/** Peoples then an autonomous level from `at`: where the level ends and its kind (place-suffixes.tsv), or null. */
export function autonomousLevelAt(k: Knowledge, text: string, at: number, end: number): { end: number; value: string } | null {
  const trie = peopleTrie();
  let i = at;
  for (let n = 0; n < MAX_PEOPLES; n++) {
    const people = trie.longestMatchAt(text, i, end);
    if (!people) break;
    i = people.end;
    const level = AUTONOMOUS_LEVELS.find((w) => text.startsWith(w, i));
    if (level) {
      const kind = k.placeSuffixes.get(level) ?? k.placeSuffixes.longestMatchAt(text, i + level.length - 1, end)?.value;
      return kind ? { end: i + level.length, value: kind } : null;
    }
  }
  return null;
}

/** Tags of a token that is no part of a division's name: grammar, numbers, times, marks. */
const NOT_NAME_TAGS = tagSet(...CLAUSE_GRAMMAR, 'adjective', 'adverbialAdjective');
/** The longest name an autonomous division has before its peoples (某某 of 某某彝族自治县: two characters mostly). */
const NAME_MAX = 4;

/**
 * Where the name of an autonomous division begins when jieba read its last people as the stem of the level (某某土家族 +
 * 苗族 + 自治州): before the other peoples, the tokens of its name (at most four characters, none of grammar); or
 * `start` itself when no name stands there.
 */
export function autonomousNameStart(tokens: readonly Token[], n: number): number {
  const trie = peopleTrie();
  let i = n - 1;
  while (i >= 0 && trie.get((tokens[i] as Token).word)) i--;
  let start = (tokens[i + 1] as Token).start;
  let length = 0;
  for (; i >= 0; i--) {
    const t = tokens[i] as Token;
    if (NOT_NAME_TAGS.has(t.tag) || !/^[\u4e00-\u9fff]+$/.test(t.word) || length + t.word.length > NAME_MAX) break;
    length += t.word.length;
    start = t.start;
  }
  if (length === 1) start = withHeadBefore(tokens, i + 1);
  return length > 0 ? start : (tokens[n] as Token).start;
}

/**
 * Where an autonomous division's name begins when its token at `k` is one character before its peoples (洛 of 洛 +
 * 藏族自治县): a name of one character is rare, and a one-character word of grammar right after a mark is its first
 * character (、依/d + 洛 + 藏族自治县); else the token's own start.
 */
export function withHeadBefore(tokens: readonly Token[], k: number): number {
  const t = tokens[k] as Token;
  const before = tokens[k - 1];
  if (t.word.length !== 1 || !before || before.word.length !== 1 || !isHanCode(before.word.charCodeAt(0))) return t.start;
  return k - 1 === 0 || !isHanCode((tokens[k - 2] as Token).word.charCodeAt(0)) ? before.start : t.start;
}

/** The token is the name of a people (彝族, 土家族). */
export function isPeople(word: string): boolean {
  return peopleTrie().get(word) !== undefined;
}
