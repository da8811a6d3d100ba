import { describe, it, expect } from 'vitest';
import { SuffixTrie, Trie } from '../../src/lexicon/trie.js';
import { hasCharAt, unitTable } from '../../src/extract/recognise/char-table.js';

const words = new Trie<string>([['书记', 'a'], ['副书记', 'b'], ['区委', 'c'], ['区委书记', 'd'], ['委员会', 'e']]);

describe('Trie', () => {
  const longest: [string, number, [number, number, string] | null][] = [
    ['区委书记王明', 0, [0, 4, 'd']],
    ['区委常委', 0, [0, 2, 'c']],
    ['副书记', 0, [0, 3, 'b']],
    ['副书记', 1, [1, 3, 'a']],
    ['常委', 0, null],
    ['区', 0, null],
  ];
  it.each(longest)('longestMatchAt(%s, %i)', (text, i, expected) => {
    const m = words.longestMatchAt(text, i);
    expect(m && [m.start, m.end, m.value]).toEqual(expected);
  });

  it('respects the limit', () => {
    expect(words.longestMatchAt('区委书记', 0, 3)?.end).toBe(2);
  });

  it('lists every word at a position, shortest first', () => {
    expect(words.allMatchesAt('区委书记', 0).map((m) => m.value)).toEqual(['c', 'd']);
  });

  it('matchAll takes the longest word left to right without overlaps', () => {
    expect(words.matchAll('区委书记和副书记出席').map((m) => [m.start, m.end, m.value])).toEqual([[0, 4, 'd'], [5, 8, 'b']]);
  });

  it('findAll gives overlapping matches', () => {
    expect(words.findAll('区委书记').map((m) => m.value)).toEqual(['c', 'd', 'a']);
  });

  it('get / has / size', () => {
    expect(words.get('区委')).toBe('c');
    expect(words.has('区')).toBe(false);
    expect(words.size).toBe(5);
  });

  it('merges values of a word added twice when asked', () => {
    const t = new Trie<string[]>([['城关镇', ['a']], ['城关镇', ['b']]], { merge: (x, y) => [...x, ...y] });
    expect(t.get('城关镇')).toEqual(['a', 'b']);
    expect(t.size).toBe(1);
  });

  it('works with offsets in UTF-16 code units (astral characters)', () => {
    const t = new Trie([['𠀀村', 1]]);
    expect(t.longestMatchAt('a𠀀村', 1)).toEqual({ start: 1, end: 4, value: 1 });
  });
});

describe('SuffixTrie', () => {
  const suffixes = new SuffixTrie<string>([['局', 'bureau'], ['公安局', 'bureau'], ['委员会', 'committee'], ['有限公司', 'legal'], ['公司', 'legal']]);
  const cases: [string, number, [number, string] | null][] = [
    ['区公安局局长', 4, [1, 'bureau']],
    ['区商务局', 4, [3, 'bureau']],
    ['市发展和改革委员会', 9, [6, 'committee']],
    ['青岛某某科技有限公司', 10, [6, 'legal']],
    ['会议', 2, null],
  ];
  it.each(cases)('longestSuffixEndingAt(%s, %i)', (text, end, expected) => {
    const m = suffixes.longestSuffixEndingAt(text, end);
    expect(m && [m.start, m.value]).toEqual(expected);
    if (m) expect(m.end).toBe(end);
  });

  it('respects the floor', () => {
    expect(suffixes.longestSuffixEndingAt('区公安局', 4, 2)?.start).toBe(3);
  });

  it('lists every suffix, shortest first, and finds the suffix of a word', () => {
    expect(suffixes.allSuffixesEndingAt('某公安局', 4).map((m) => m.start)).toEqual([3, 1]);
    expect(suffixes.suffixOf('区商务局')?.value).toBe('bureau');
  });
});

describe('scans by the root table (nextStart, nextEnd, unitTable)', () => {
  const text = '今天，县委书记和副县长出席。';
  const titles = new Trie<true>([['书记', true], ['副县长', true], ['县长', true]]);
  const back = new SuffixTrie<true>([['书记', true], ['县长', true]]);

  it('nextStart gives every position a word may start at, in order, and `to` past the last', () => {
    const starts: number[] = [];
    for (let i = titles.nextStart(text, 0, text.length); i < text.length; i = titles.nextStart(text, i + 1, text.length)) starts.push(i);
    // 县 (3, 9), 书 (5), 副 (8): the first units of some word; only 5, 8, 9 begin a word there
    expect(starts).toEqual([3, 5, 8, 9]);
    expect(starts.filter((i) => titles.longestMatchAt(text, i) !== null)).toEqual([5, 8, 9]);
    expect(titles.nextStart(text, 10, 12)).toBe(12);
  });

  it('nextEnd gives every end a word may close at, and past `to` when none', () => {
    const ends: number[] = [];
    for (let e = back.nextEnd(text, 1, text.length); e <= text.length; e = back.nextEnd(text, e + 1, text.length)) ends.push(e);
    // 记 (6) and 长 (10): the last units of the words; both end one
    expect(ends).toEqual([7, 11]);
    expect(back.nextEnd(text, 12, text.length)).toBe(text.length + 1);
  });

  it('firstUnits, lastUnits and unitTable mark the units of several tries in one table', () => {
    const table = unitTable(titles.firstUnits(), back.lastUnits());
    expect([...'书副县记长'].every((ch) => table[ch.charCodeAt(0)] === 1)).toBe(true);
    expect(table['今'.charCodeAt(0)]).toBe(0);
    expect(hasCharAt(table, text, 5)).toBe(true);
    expect(hasCharAt(table, text, text.length)).toBe(false);
  });
});
