import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { Trie } from '../../src/lexicon/trie.js';
import { FlatTrie, flattenTrie } from '../../src/lexicon/flat-trie.js';
import { decodeSnapshot, encodeSnapshot, readSnapshot, writeSnapshot } from '../../src/lexicon/snapshot.js';
import { buildPlaces, decodePlaces, encodePlaces } from '../../src/extract/recognise/place-trie.js';
import { getLexicon } from '../../src/lexicon/index.js';

// many children at one node (searched by halves), one child (in a row), words inside words, a unit above the BMP
const WORDS = ['云溪县', '云溪', '云溪县委', '青禾', '青禾镇', '𠀀山', ...Array.from({ length: 40 }, (_, i) => `云${String.fromCharCode(0x4e00 + i * 7)}区`)];
const TEXTS = ['云溪县委书记到青禾镇调研', '𠀀山云丁区云溪', '云', '', '无关的句子', '云溪县委云溪县'];

function flatOf(words: readonly string[]): { trie: Trie<number>; flat: FlatTrie<number> } {
  const trie = new Trie<number>(words.map((w, i) => [w, i] as const));
  const { arrays, values } = flattenTrie(trie.rootNode);
  return { trie, flat: new FlatTrie(arrays, (i) => values[i] as number) };
}

describe('FlatTrie', () => {
  const { trie, flat } = flatOf(WORDS);

  it('answers every look-up as the Trie it was built from', () => {
    expect(flat.size).toBe(trie.size);
    for (const w of [...WORDS, '云', '云溪县委书记', '', '青']) expect([w, flat.get(w), flat.has(w)]).toEqual([w, trie.get(w), trie.has(w)]);
    for (const text of TEXTS) {
      for (let i = 0; i <= text.length; i++) {
        for (const limit of [text.length, i + 2, i + 3]) {
          expect(flat.longestMatchAt(text, i, limit)).toEqual(trie.longestMatchAt(text, i, limit));
          expect(flat.allMatchesAt(text, i, limit)).toEqual(trie.allMatchesAt(text, i, limit));
        }
      }
    }
  });

  it('stops at the end of the text when the limit lies past it', () => {
    expect(flat.longestMatchAt('云溪', 0, 10)).toEqual({ start: 0, end: 2, value: 1 });
  });
});

describe('snapshots', () => {
  const parts = { a: Int32Array.from([1, -2, 3]), b: Uint16Array.from([7, 0xffff, 9]), c: Uint8Array.from([1, 0, 1]), s: '云溪县\n青禾' };

  it('read back what was written, under the same key only', () => {
    const bytes = encodeSnapshot('k1', parts);
    expect(decodeSnapshot(bytes, 'k1')).toEqual(parts);
    expect(decodeSnapshot(bytes, 'k2')).toBeUndefined();
    // at an offset that is no multiple of 4 the typed arrays are copies, equal all the same
    const shifted = Buffer.concat([Buffer.from([0]), bytes]).subarray(1);
    expect(decodeSnapshot(shifted, 'k1')).toEqual(parts);
  });

  it('a missing or damaged file is no snapshot', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-snapshot-'));
    expect(readSnapshot('none.bin', 'k1', dir)).toBeUndefined();
    const file = writeSnapshot('x.bin', 'k1', parts, dir);
    expect(readSnapshot('x.bin', 'k1', dir)).toEqual(parts);
    writeFileSync(file, readFileSync(file).subarray(0, 20));
    expect(readSnapshot('x.bin', 'k1', dir)).toBeUndefined();
    writeFileSync(file, 'not a snapshot');
    expect(readSnapshot('x.bin', 'k1', dir)).toBeUndefined();
  });
});

describe('the places snapshot', () => {
  it('gives the values of the places trie built from the dictionaries', () => {
    const built = buildPlaces(getLexicon());
    const flat = decodePlaces(decodeSnapshot(encodeSnapshot('k', encodePlaces(built)), 'k') ?? {});
    expect(flat.size).toBe(built.size);
    for (const text of ['北京市海淀区中关村街道', '青岛和平壤', '美国纽约州', '长江三角洲', '西藏自治区拉萨市城关区']) {
      for (let i = 0; i < text.length; i++) expect(flat.allMatchesAt(text, i)).toEqual(built.allMatchesAt(text, i));
    }
  });
});

describe('FlatTrie.startsAt', () => {
  it('answers as the Trie it was built from, at every position and past the text', async () => {
    const { FlatTrie, flattenTrie } = await import('../../src/lexicon/flat-trie.js');
    const trie = new Trie<number>([['青禾县', 1], ['青禾', 2], ['云杉', 3]]);
    const { arrays, values } = flattenTrie(trie.rootNode);
    const flat = new FlatTrie(arrays, (i) => values[i] as number);
    const text = '青禾县和云杉镇';
    for (let i = 0; i <= text.length; i++) expect(flat.startsAt(text, i)).toBe(trie.startsAt(text, i));
    expect([0, 4].every((i) => trie.startsAt(text, i))).toBe(true);
    expect(trie.startsAt(text, text.length)).toBe(false);
  });
});
