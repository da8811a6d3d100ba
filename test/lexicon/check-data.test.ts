import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const script = new URL('../../tools/check-data.mjs', import.meta.url).pathname;

function checkData(...args: string[]): { status: number | null; stderr: string } {
  const r = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });
  return { status: r.status, stderr: r.stderr };
}

describe('npm run check:data', () => {
  it('passes on the committed dictionaries (generated files current)', () => {
    const r = checkData();
    expect(r.stderr).toMatch(/0 problem\(s\)/);
    expect(r.status).toBe(0);
  });

  const broken: [string, string, RegExp][] = [
    ['titles.tsv', 'title\tkind\trank\n书记\tparty\t9\n书记\tparty\t9\n', /dictionaries\/titles\.tsv:3: duplicate entry "书记"/],
    ['titles.tsv', 'title\tkind\trank\n书记\tparty\tnine\n', /dictionaries\/titles\.tsv:2: column "rank" must be an integer/],
    ['surnames.tsv', 'surname\tclass\n王\tusual\n', /dictionaries\/surnames\.tsv:2: column "class" must be one of common\|rare/],
    ['org-suffixes.tsv', 'suffix\tkind\n局\n', /dictionaries\/org-suffixes\.tsv:2: expected 2 columns, found 1/],
    ['meeting-kinds.tsv', 'suffix\tkind\nCafe\u0301\t会议\n', /dictionaries\/meeting-kinds\.tsv:2: not in Unicode NFC form/],
  ];
  it.each(broken)('%s: reports file:line and exits 1', (name, text, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-check-data-'));
    writeFileSync(join(dir, name), text);
    const r = checkData('--dir', dir);
    expect(r.stderr).toMatch(message);
    expect(r.status).toBe(1);
  });
});
