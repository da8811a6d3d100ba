// The fuzz tier's inputs: from a seed, >= 1,000 inputs in a fresh folder — pages (pages/, one file each) and
// JSON-lines files (lines/, one input a line) — each with what kg must make of it (fuzz-case.ts).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { generatedArticles } from '../helpers/corpus.js';
import { between, mulberry32, pick, type Rng } from '../helpers/rng.js';
import type { Base, FuzzCase } from './fuzz-case.js';
import { LINE_KINDS } from './line-kinds.js';
import { PAGE_KINDS } from './page-kinds.js';
import { makeSpecialFiles } from './special-files.js';

/** Base articles: every kind cycles through them. */
const BASES = 12;
/** JSON-lines files the lines are dealt into (the first line of each starts with a BOM; one uses CRLF). */
const LINE_FILES = 6;
const SPECIAL_FILES_EACH = 3;

export interface FuzzInputs {
  pages: string;
  lines: string;
  cases: FuzzCase[];
  close(): Promise<void>;
}

function bases(seed: number): Base[] {
  return generatedArticles(BASES, seed).map((l, index) => ({ index, ...(JSON.parse(l) as Omit<Base, 'index'>) }));
}

function writePages(root: string, all: Base[], rng: Rng): FuzzCase[] {
  const cases: FuzzCase[] = [];
  for (const k of PAGE_KINDS) {
    for (let i = 0; i < k.count; i++) {
      const base = all[i % all.length] as Base;
      const file = join('pages', `${k.kind}-${i}${pick(rng, k.ext)}`);
      writeFileSync(join(root, file), k.make(base, rng));
      cases.push({
        kind: k.kind, file, expect: k.expect,
        ...(k.kind.startsWith('clean-') ? { key: `${k.kind}/${base.index}` } : {}),
        ...(k.sameAs ? { sameAs: `${k.sameAs}/${base.index}` } : {}),
      });
    }
  }
  return cases;
}

function writeLines(root: string, all: Base[], rng: Rng): FuzzCase[] {
  const files: Buffer[][] = Array.from({ length: LINE_FILES }, () => []);
  const cases: FuzzCase[] = [];
  for (const k of LINE_KINDS) {
    for (let i = 0; i < k.count; i++) {
      const base = all[i % all.length] as Base;
      const id = `fz-${k.kind}-${i}`;
      const f = k.kind === 'clean-record' ? 0 : between(rng, 0, LINE_FILES - 1);
      const lines = files[f] as Buffer[];
      if (rng() < 0.05) lines.push(Buffer.from(pick(rng, ['', '   ', '\t'])));
      lines.push(k.make(base, rng, id));
      cases.push({
        kind: k.kind, file: join('lines', `part-${f}.jsonl`), line: lines.length, expect: k.expect,
        ...(k.expect === 'good' ? { id } : {}),
        ...(k.kind === 'clean-record' ? { key: `${k.kind}/${base.index}` } : {}),
        ...(k.sameAs ? { sameAs: `${k.sameAs}/${base.index}` } : {}),
      });
    }
  }
  files.forEach((lines, f) => {
    const eol = Buffer.from(f === LINE_FILES - 1 ? '\r\n' : '\n');
    const body = lines.flatMap((l) => [l, eol]);
    writeFileSync(join(root, 'lines', `part-${f}.jsonl`), Buffer.concat([Buffer.from('\ufeff'), ...body]));
  });
  return cases;
}

export async function generateFuzzInputs(root: string, seed: number): Promise<FuzzInputs> {
  const rng = mulberry32(seed);
  const all = bases(seed);
  mkdirSync(join(root, 'pages'), { recursive: true });
  mkdirSync(join(root, 'lines'), { recursive: true });
  const cases = [...writePages(root, all, rng), ...writeLines(root, all, rng)];
  const good = cases.find((c) => c.kind === 'clean-txt') as FuzzCase;
  const special = await makeSpecialFiles(root, 'pages',
    { name: basename(good.file), bytes: readFileSync(join(root, good.file)), key: good.key as string }, SPECIAL_FILES_EACH);
  return { pages: join(root, 'pages'), lines: join(root, 'lines'), cases: [...cases, ...special.cases], close: special.close };
}
