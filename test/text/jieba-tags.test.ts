// kg tags jieba's `cut` from its own table of jieba's dictionaries (src/text/jieba-tags.ts): the tags must be
// nodejieba's `tag` exactly, on any text, whether the table comes from the snapshot or is compiled on the spot.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/text/segment.js';
import { asciiRuleTag, compileTagTable, TagTable } from '../../src/text/jieba-tags.js';
import { hasCurrentJiebaTagSnapshot, jiebaDictionaries, jiebaTagTable } from '../../src/text/jieba-tag-snapshot.js';

const jieba = createRequire(import.meta.url)('nodejieba') as { tag(text: string): { word: string; tag: string }[] };

/** Written for this test: news prose, numbers, Latin letters, full-width forms, traditional characters, symbols,
 * characters beyond the BMP, the default user dictionary's words. */
const TEXTS = [
  '青禾区召开乡村振兴推进会，区长周明远主持会议并讲话，副区长唐悦、区政府办公室主任柯文涛出席。',
  '2026年第3季度，ABC公司GDP增长5.2%，iPhone 17销量达1200万部；A股、5G、T恤、Wi-Fi、COVID-19均有提及。',
  '２０２６年１２月，ＡＢＣ集团在鹭湖街道举行签约仪式。記者從會上獲悉，該項目總投資達３億元。',
  '他说：“𠀾𡈽是生僻字，😀也常见。”云计算、区块链、蓝翔、韩玉鉴赏都在用户词典里。',
  '松涛镇 党委书记 唐悦\t出席\n会议。#话题# @某某 http://example.org/a?b=1 ——（完）',
];

describe('jieba tags from kg\'s table', () => {
  it.each(TEXTS)('are nodejieba\'s tag: %s', (text) => {
    const tokens = segment(text);
    expect(tokens.map((t) => ({ word: t.word, tag: t.tag }))).toEqual(jieba.tag(text));
    let at = 0;
    for (const t of tokens) {
      expect(t.start).toBe(at);
      at = t.end;
    }
    expect(at).toBe(text.length);
  });

  it('agree when the table is compiled from the files rather than read from the snapshot', () => {
    const compiled = new TagTable(compileTagTable(jiebaDictionaries().map((f) => readFileSync(f, 'utf8'))));
    const loaded = jiebaTagTable();
    for (const text of TEXTS) for (const { word, tag } of jieba.tag(text)) {
      expect(compiled.tag(word)).toBe(tag);
      expect(loaded.tag(word)).toBe(tag);
    }
  });
});

describe('compileTagTable', () => {
  const table = new TagTable(compileTagTable(['甲乙 3 n\n丙丁 5 v\n戊 2 nr\n', '甲乙 ns\n己庚\n辛壬 10 nz\n']));

  it('gives a word its last tag, as cppjieba\'s trie keeps the last line', () => {
    expect(table.tag('甲乙')).toBe('ns');
    expect(table.tag('丙丁')).toBe('v');
    expect(table.tag('辛壬')).toBe('nz');
    expect(table.tag('戊')).toBe('nr');
  });

  it('leaves a listed word without a tag, and an unlisted one, to the ASCII rule', () => {
    expect(table.code('己庚')).toBe(0);
    expect(table.tag('己庚')).toBe('x');
    expect(table.code('乙丙')).toBe(-1);
    expect(table.tag('42')).toBe('m');
  });

  it('finds every word among many that share hash slots', () => {
    const words = Array.from({ length: 3000 }, (_, i) => `词${String.fromCharCode(0x4e00 + i)}${i % 7}`);
    const big = new TagTable(compileTagTable([words.map((w, i) => `${w} 1 ${i % 2 ? 'n' : 'v'}`).join('\n')]));
    words.forEach((w, i) => expect(big.tag(w)).toBe(i % 2 ? 'n' : 'v'));
    expect(big.code('词')).toBe(-1);
  });
});

describe('asciiRuleTag (cppjieba\'s SpecialRule)', () => {
  it.each([
    ['天气', 'x'], ['，', 'x'], ['２０２６', 'x'], ['2026', 'm'], ['3.5', 'm'], ['GDP', 'eng'], ['iPhone', 'eng'],
    // ASCII characters are counted until there are half as many as the word has characters (5G: 5 alone; G7: G
    // alone), so a one-character word is always x
    ['5G', 'm'], ['G7', 'eng'], ['A股', 'eng'], ['股A', 'eng'], ['😀1', 'm'], ['1😀', 'm'], ['12😀', 'm'], ['5', 'x'], ['A', 'x'],
  ])('%s → %s', (word, tag) => {
    expect(asciiRuleTag(word)).toBe(tag);
  });
});

describe('jiebaTagTable', () => {
  it('reads the snapshot the build wrote for nodejieba\'s dictionaries (the test set-up builds)', () => {
    expect(hasCurrentJiebaTagSnapshot()).toBe(true);
  });

  it('compiles files it has no snapshot for', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-jieba-tags-'));
    const main = join(dir, 'dict.utf8');
    const user = join(dir, 'user.utf8');
    writeFileSync(main, '青禾 3 ns\n推进 5 v\n');
    writeFileSync(user, '推进会 nz\n');
    const table = jiebaTagTable([main, user]);
    expect([table.tag('青禾'), table.tag('推进'), table.tag('推进会'), table.tag('会议')]).toEqual(['ns', 'v', 'nz', 'x']);
  });
});

