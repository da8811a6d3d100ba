import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { InputItem } from '../../src/io/input-item.js';
import { readInputs, type ReadInputsOptions } from '../../src/io/inputs.js';
import { isInputFile, listInputFiles } from '../../src/io/list-files.js';
import { toSource } from '../../src/text/offset-map.js';

const dir = join(import.meta.dirname, '../fixtures/io');
const at = (name: string): string => join(dir, name);
const PAGE = readFileSync(at('page.txt'), 'utf8');

async function read(paths: string[], opts: ReadInputsOptions = { jsonl: false }): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const item of readInputs(paths, opts)) out.push(item);
  return out;
}

const describeItem = (i: InputItem): string =>
  i.kind === 'error' ? `error ${i.message}` : i.kind === 'page' ? `page ${i.source}` : i.kind === 'lines' ? `lines ${i.line}` : `record ${i.id}`;

describe('isInputFile', () => {
  it.each([
    ['a.txt', false, true],
    ['a.TEXT', false, true],
    ['a.html', false, true],
    ['a.htm', false, true],
    ['a.md', false, true],
    ['a.jsonl', false, false],
    ['a.jsonl', true, true],
    ['a.txt', true, false],
    ['.hidden.txt', false, false],
    ['a.pdf', false, false],
    ['README', false, false],
  ])('%s (jsonl %s) → %s', (name, jsonl, expected) => {
    expect(isInputFile(name, jsonl)).toBe(expected);
  });
});

describe('listInputFiles', () => {
  it('walks folders depth first in name order, skipping hidden entries and other extensions', async () => {
    const tree = at('tree');
    expect(await listInputFiles(tree, false)).toEqual([
      join(tree, 'C-UPPER.TXT'),
      join(tree, 'a-first.txt'),
      join(tree, 'b-news/2023-01-05.html'),
      join(tree, 'b-news/deeper/notes.md'),
    ]);
    expect(await listInputFiles(tree, true)).toEqual([join(tree, 'c-data.jsonl')]);
  });
});

describe('readInputs', () => {
  it('reads a GBK page and a UTF-8 page with BOM to the same text', async () => {
    const items = await read([at('gbk-page.txt'), at('utf8-bom.txt')]);
    expect(items).toMatchObject([
      { kind: 'page', source: at('gbk-page.txt'), original: PAGE, text: PAGE },
      { kind: 'page', source: at('utf8-bom.txt'), original: PAGE, text: PAGE },
    ]);
    expect(items[0]).not.toHaveProperty('mapped');
  });

  it('reads a folder recursively; HTML pages are stripped with a map and a title', async () => {
    const items = await read([at('tree')]);
    expect(items.map(describeItem)).toEqual([
      `page ${join(at('tree'), 'C-UPPER.TXT')}`,
      `page ${join(at('tree'), 'a-first.txt')}`,
      `page ${join(at('tree'), 'b-news/2023-01-05.html')}`,
      `page ${join(at('tree'), 'b-news/deeper/notes.md')}`,
    ]);
    const html = items[2];
    expect(html).toMatchObject({ kind: 'page', text: '区政协会议开幕。', title: '两会' });
    if (html?.kind !== 'page' || html.mapped === undefined) throw new Error('expected a mapped page');
    const span = toSource(html.mapped, 0, 3);
    expect(html.original.slice(span.start, span.end)).toBe('区政协');
  });

  it('reads the HTML fixture: every visible phrase leads back to the original', async () => {
    const [item] = await read([at('article.html')]);
    if (item?.kind !== 'page' || item.mapped === undefined) throw new Error('expected a mapped page');
    expect(item.title).toBe('青禾区召开营商环境推进会 — 青禾新闻网');
    const cases: Array<[string, string]> = [
      ['区委书记周明远', '区委书记周明远'],
      ['“营商环境”&<高质量发展>水平', '&ldquo;营商环境&rdquo;&amp;&lt;高质量发展&gt;&#27700;平'],
    ];
    for (const [visible, markup] of cases) {
      const start = item.text.indexOf(visible);
      const span = toSource(item.mapped, start, start + visible.length);
      expect(item.original.slice(span.start, span.end)).toBe(markup);
    }
  });

  it('turns unreadable inputs into one error item each and goes on', async () => {
    const items = await read([at('scan.dat'), at('missing.txt'), at('page.txt'), at('report.pdf')]);
    expect(items.map(describeItem)).toEqual([
      `error ${at('scan.dat')}: binary data (NUL bytes at offset 12), not a text file`,
      `error ${at('missing.txt')}: no such file or directory`,
      `page ${at('page.txt')}`,
      `error ${at('report.pdf')}: PDF document, not a text file`,
    ]);
    expect(items[0]).toMatchObject({ kind: 'error', source: at('scan.dat') });
  });

  it('reports a folder without input files', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'kg-empty-'));
    try {
      const items = await read([empty]);
      expect(items).toEqual([{ kind: 'error', source: empty, message: `${empty}: folder has no .txt, .text, .htm, .html or .md files` }]);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });

  it('reads JSON lines from files and folders with --jsonl', async () => {
    const items = await read([at('tree'), at('records.jsonl')], { jsonl: true });
    expect(items.map(describeItem).slice(0, 4)).toEqual(['record t1', 'record qh-001', 'record 2', expect.stringMatching(/^error .*records\.jsonl:3: bad JSON/)]);
    expect(items.filter((i) => i.kind === 'record')).toHaveLength(5);
  });

  it('reads a page from stdin ("-")', async () => {
    const stdin = Readable.from([iconv.encode(PAGE, 'gbk')]);
    const items = await read(['-'], { jsonl: false, stdin });
    expect(items).toEqual([{ kind: 'page', source: '-', original: PAGE, text: PAGE }]);
  });

  it('reads JSON lines from stdin', async () => {
    const stdin = Readable.from(['{"id":"s1","text":"甲"}\n', 'not json\n']);
    const items = await read(['-'], { jsonl: true, stdin });
    expect(items.map(describeItem)).toEqual(['record s1', expect.stringMatching(/^error -:2: bad JSON/)]);
  });

  it('reports binary data on stdin', async () => {
    const stdin = Readable.from([Buffer.from([0x41, 0x00, 0x42])]);
    const items = await read(['-'], { jsonl: false, stdin });
    expect(items).toEqual([{ kind: 'error', source: '-', message: '-: binary data (NUL bytes at offset 1), not a text file' }]);
  });
});
