// The NER tuning corpora in ../shared/tuning: `<name>.texts.jsonl` ({id,text}) beside `<name>.gold.jsonl`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ScoredRecord } from './score.js';

/** ../shared/tuning relative to the package root (src/eval and dist/eval are both two levels down). */
export const TUNING_DIR: string = fileURLToPath(new URL('../../../shared/tuning/', import.meta.url));

export interface Corpus {
  name: string;
  textsPath: string;
  goldPath: string;
}

/** The corpora found in dir (names sorted); [] when the folder is absent. */
export function findCorpora(dir: string = TUNING_DIR): Corpus[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.jsonl'))
    .map((f) => f.slice(0, -'.gold.jsonl'.length))
    .filter((name) => existsSync(join(dir, `${name}.texts.jsonl`)))
    .sort()
    .map((name) => ({ name, textsPath: join(dir, `${name}.texts.jsonl`), goldPath: join(dir, `${name}.gold.jsonl`) }));
}

/** One JSON object a line; blank lines skipped. */
export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

/** A corpus line as input: `{id, text, title?, date?}`. */
export interface CorpusLine {
  id: string;
  text: string;
  title?: string;
  date?: string;
}

export type { ScoredRecord };
