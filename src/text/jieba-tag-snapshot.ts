// The tag table of the dictionaries nodejieba loads (jieba-tags.ts), from the snapshot `npm run build` writes
// (dist/snapshot/jieba-tags.bin, scripts/build-snapshot.mjs), else compiled from the dictionary files (about half a
// second). The key is the format, nodejieba's version and each file's size and modification time: hashing 5 MB of
// dictionary on every start would cost more than reading the snapshot (an upgrade of nodejieba changes its
// version; an edited file its time).
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import { readSnapshot, writeSnapshot, type SnapshotParts } from '../lexicon/snapshot.js';
import { compileTagTable, TagTable, type TagTableParts } from './jieba-tags.js';

export const JIEBA_TAGS_SNAPSHOT = 'jieba-tags.bin';
/** Raise it when compileTagTable changes what it stores: older snapshots are then ignored. */
const FORMAT = 1;

const require = createRequire(import.meta.url);

/** nodejieba's default dictionaries in its load order (main, user): the ones its `cut` segments with. (Its index.js
 * only: the native module is loaded on its first call, in segment.ts.) */
export function jiebaDictionaries(): string[] {
  const jieba = require('nodejieba') as { DEFAULT_DICT: string; DEFAULT_USER_DICT: string };
  return [jieba.DEFAULT_DICT, jieba.DEFAULT_USER_DICT];
}

function nodejiebaVersion(): string {
  return (require('nodejieba/package.json') as { version: string }).version;
}

function tableKey(files: readonly string[]): string {
  const hash = createHash('sha256').update(`v${FORMAT}\nnodejieba ${nodejiebaVersion()}\n`);
  for (const file of files) {
    const s = statSync(file);
    hash.update(`${basename(file)} ${s.size} ${s.mtimeMs}\n`);
  }
  return hash.digest('hex');
}

function compileFiles(files: readonly string[]): TagTableParts {
  return compileTagTable(files.map((f) => readFileSync(f, 'utf8')));
}

/** The tag table of nodejieba's dictionaries: the snapshot when it was built from them, else compiled now. */
export function jiebaTagTable(files: readonly string[] = jiebaDictionaries()): TagTable {
  const parts = readSnapshot(JIEBA_TAGS_SNAPSHOT, tableKey(files));
  return new TagTable(parts ? (parts as unknown as TagTableParts) : compileFiles(files));
}

/** Whether dist/snapshot/ holds a table built from these files (else every process compiles it: about 0.7 s). */
export function hasCurrentJiebaTagSnapshot(files: readonly string[] = jiebaDictionaries()): boolean {
  return readSnapshot(JIEBA_TAGS_SNAPSHOT, tableKey(files)) !== undefined;
}

/** Writes the snapshot of nodejieba's dictionaries (scripts/build-snapshot.mjs); returns its path. */
export function writeJiebaTagSnapshot(files: readonly string[] = jiebaDictionaries()): string {
  return writeSnapshot(JIEBA_TAGS_SNAPSHOT, tableKey(files), compileFiles(files) as unknown as SnapshotParts);
}
