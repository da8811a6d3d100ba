// Reading dictionaries/*.tsv: UTF-8, NFC, `#` comment lines, a header line naming the columns,
// then one entry a line. Every problem is a DictionaryError naming `dictionaries/x.tsv:LINE`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export class DictionaryError extends Error {
  override name = 'DictionaryError';
  constructor(
    /** e.g. `dictionaries/titles.tsv` */
    readonly file: string,
    /** 1-based line number; 0 when the problem is the whole file */
    readonly line: number,
    readonly problem: string,
  ) {
    super(line > 0 ? `${file}:${line}: ${problem}` : `${file}: ${problem}`);
  }
}

/** The folder holding the dictionaries: src/lexicon and dist/lexicon are both two levels below the package root. */
export const DICTIONARY_DIR: string = fileURLToPath(new URL('../../dictionaries/', import.meta.url));

export interface TsvSpec<C extends string> {
  /** the header line, in order */
  columns: readonly C[];
  /** columns that may be empty (all others are required) */
  optional?: readonly C[];
  /** columns whose joined values must be unique (default: the first column) */
  key?: readonly C[];
}

/** One data line: its values by column name and its 1-based line number in the file. */
export type TsvRow<C extends string> = Record<C, string> & { readonly line: number };

/** One data line as its cells, in column order, with its 1-based line number. */
export interface TsvCells {
  cells: string[];
  line: number;
}

/** Parses TSV text into records by column name; `file` is the name used in error messages. Pure. */
export function parseTsv<C extends string>(text: string, file: string, spec: TsvSpec<C>): TsvRow<C>[] {
  return parseTsvCells(text, file, spec).map(({ cells, line }) => {
    const row = { line } as Record<string, string | number>;
    spec.columns.forEach((c, i) => (row[c] = cells[i] as string));
    return row as TsvRow<C>;
  });
}

/** Parses and validates TSV text, keeping each line's cells as an array (the fast path for big files). */
export function parseTsvCells<C extends string>(text: string, file: string, spec: TsvSpec<C>): TsvCells[] {
  const lines = text.split('\n');
  const rows: TsvCells[] = [];
  const seen = new Map<string, number>();
  const columns = spec.columns;
  const width = columns.length;
  const keyIndex = (spec.key ?? [columns[0] as C]).map((c) => columns.indexOf(c));
  const optional = new Set<string>(spec.optional ?? []);
  const nfc = text.normalize('NFC') === text; // one pass over the file; lines are checked only when it fails
  let header = false;
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n] as string;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const lineNo = n + 1;
    if (n === 0 && line.charCodeAt(0) === 0xfeff) throw new DictionaryError(file, lineNo, 'byte order mark: save as UTF-8 without BOM');
    if (line.trim() === '' || line.startsWith('#')) continue;
    if (!nfc && line.normalize('NFC') !== line) throw new DictionaryError(file, lineNo, 'not in Unicode NFC form');
    const cells = line.split('\t');
    if (!header) {
      if (cells.join('\t') !== spec.columns.join('\t')) {
        throw new DictionaryError(file, lineNo, `header must be "${spec.columns.join('\\t')}", found "${cells.join('\\t')}"`);
      }
      header = true;
      continue;
    }
    if (cells.length !== width) {
      throw new DictionaryError(file, lineNo, `expected ${width} columns, found ${cells.length}`);
    }
    for (let i = 0; i < width; i++) {
      const v = cells[i] as string;
      if (v === '' ? !optional.has(columns[i] as string) : hasOuterSpace(v)) {
        throw new DictionaryError(file, lineNo, v === '' ? `column "${columns[i]}" is empty` : `column "${columns[i]}" has surrounding spaces`);
      }
    }
    const k = keyIndex.length === 1 ? (cells[keyIndex[0] as number] as string) : keyIndex.map((i) => cells[i]).join('\t');
    const before = seen.get(k);
    if (before !== undefined) throw new DictionaryError(file, lineNo, `duplicate entry "${k}" (first on line ${before})`);
    seen.set(k, lineNo);
    rows.push({ cells, line: lineNo });
  }
  if (!header) throw new DictionaryError(file, 0, 'no header line');
  return rows;
}

function hasOuterSpace(v: string): boolean {
  return v.charCodeAt(0) <= 32 || v.charCodeAt(v.length - 1) <= 32 || v.charCodeAt(0) === 0x3000 || v.charCodeAt(v.length - 1) === 0x3000;
}

/** Reads `<dir>/<name>` (default: the package's dictionaries/ folder) and parses it. */
export function loadTsv<C extends string>(name: string, spec: TsvSpec<C>, dir: string = DICTIONARY_DIR): TsvRow<C>[] {
  const { text, file } = readDictionary(name, dir);
  return parseTsv(text, file, spec);
}

/** Like loadTsv, keeping cells as arrays. */
export function loadTsvCells<C extends string>(name: string, spec: TsvSpec<C>, dir: string = DICTIONARY_DIR): TsvCells[] {
  const { text, file } = readDictionary(name, dir);
  return parseTsvCells(text, file, spec);
}

function readDictionary(name: string, dir: string): { text: string; file: string } {
  const file = dir === DICTIONARY_DIR ? `dictionaries/${name}` : join(dir, name);
  let text: string;
  try {
    text = readFileSync(join(dir, name), 'utf8');
  } catch (e) {
    throw new DictionaryError(file, 0, `cannot read: ${(e as Error).message}`);
  }
  return { text, file };
}
