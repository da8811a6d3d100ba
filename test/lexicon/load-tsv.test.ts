import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DictionaryError, loadTsv, parseTsv, parseTsvCells } from '../../src/lexicon/load-tsv.js';

const spec = { columns: ['title', 'kind', 'rank'] as const, optional: ['rank'] as const };

describe('parseTsv', () => {
  it('reads rows by column name with their line numbers, skipping comments and blank lines', () => {
    const text = '# a comment\ntitle\tkind\trank\n书记\tparty\t9\n\n# more\n区长\tgovernment\t\n';
    expect(parseTsv(text, 'dictionaries/t.tsv', spec)).toEqual([
      { title: '书记', kind: 'party', rank: '9', line: 3 },
      { title: '区长', kind: 'government', rank: '', line: 6 },
    ]);
  });

  it('keeps cells as arrays on the fast path', () => {
    expect(parseTsvCells('title\tkind\trank\n书记\tparty\t9\n', 'f', spec)).toEqual([{ cells: ['书记', 'party', '9'], line: 2 }]);
  });

  it('accepts CRLF line ends', () => {
    expect(parseTsv('title\tkind\trank\r\n书记\tparty\t9\r\n', 'f', spec)[0]?.rank).toBe('9');
  });

  const broken: [string, string, number, RegExp][] = [
    ['duplicate entry', 'title\tkind\trank\n书记\tparty\t9\n书记\tparty\t8\n', 3, /duplicate entry "书记" \(first on line 2\)/],
    ['wrong column count', 'title\tkind\trank\n书记\tparty\n', 2, /expected 3 columns, found 2/],
    ['wrong header', 'title\tkind\n书记\tparty\n', 1, /header must be/],
    ['empty required field', 'title\tkind\trank\n书记\t\t9\n', 2, /column "kind" is empty/],
    ['surrounding spaces', 'title\tkind\trank\n书记 \tparty\t9\n', 2, /surrounding spaces/],
    ['not NFC', 'title\tkind\trank\nCafe\u0301\tparty\t9\n', 2, /NFC/],
    ['byte order mark', '\ufefftitle\tkind\trank\n', 1, /byte order mark/],
  ];
  it.each(broken)('%s → DictionaryError naming file:line', (_name, text, line, message) => {
    let error: unknown;
    try { parseTsv(text, 'dictionaries/t.tsv', spec); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(DictionaryError);
    const e = error as DictionaryError;
    expect(e.file).toBe('dictionaries/t.tsv');
    expect(e.line).toBe(line);
    expect(e.message).toMatch(new RegExp(`^dictionaries/t\\.tsv:${line}: `));
    expect(e.message).toMatch(message);
  });

  it('a file without a header is an error for the whole file', () => {
    expect(() => parseTsv('# only a comment\n', 'f', spec)).toThrow(DictionaryError);
  });

  it('checks uniqueness on the key columns when given', () => {
    const text = 'cue\tside\n、\tbefore\n、\tafter\n';
    expect(parseTsv(text, 'f', { columns: ['cue', 'side'], key: ['cue', 'side'] })).toHaveLength(2);
    expect(() => parseTsv(text + '、\tafter\n', 'f', { columns: ['cue', 'side'], key: ['cue', 'side'] })).toThrow(/:4: duplicate/);
  });
});

describe('loadTsv', () => {
  it('names the file it read in errors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-lexicon-'));
    writeFileSync(join(dir, 'titles.tsv'), 'title\tkind\trank\n书记\tparty\t9\n副书记\tparty\t8\n书记\tparty\t9\n');
    expect(() => loadTsv('titles.tsv', spec, dir)).toThrow(`${join(dir, 'titles.tsv')}:4: duplicate entry "书记"`);
  });

  it('a missing file is a DictionaryError', () => {
    expect(() => loadTsv('no-such.tsv', spec, tmpdir())).toThrow(DictionaryError);
  });

  it('reads the package dictionaries by default and names them dictionaries/x.tsv', () => {
    expect(loadTsv('titles.tsv', { columns: ['title', 'kind', 'rank'] }).length).toBeGreaterThan(100);
  });
});
