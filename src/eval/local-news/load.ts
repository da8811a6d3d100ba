// The local-news corpus on disk: inputs (JSON lines of articles; newspaper pages) beside their gold.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeBytes } from '../../text/decode.js';
import { examplesOfFile, type ExampleInput } from '../substitute/example.js';
import { checkGold, type GoldArticle } from './gold.js';

export const LOCAL_NEWS_DIR: string = fileURLToPath(new URL('../../../examples/local-news/', import.meta.url));

export interface CorpusFile {
  /** path as kg names it (examples/local-news/…) */
  source: string;
  inputs: ExampleInput[];
  gold: GoldArticle[];
}

function goldPathOf(dir: string, input: string): string {
  const rel = relative(dir, input);
  return join(dir, 'gold', dirname(rel), `${basename(rel).replace(/(\.gbk)?\.(txt|jsonl|html)$/, '')}.gold.json`);
}

/** Every input of the corpus folder that has a gold file, in name order. */
export function loadCorpus(dir: string = LOCAL_NEWS_DIR): CorpusFile[] {
  if (!existsSync(dir)) return [];
  const out: CorpusFile[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) { if (name !== 'gold') walk(path); continue; }
      if (!/\.(txt|jsonl|html)$/.test(name)) continue;
      const goldPath = goldPathOf(dir, path);
      if (!existsSync(goldPath)) continue;
      const source = `examples/local-news/${relative(dir, path)}`;
      const gold = checkGold(goldPath, JSON.parse(readFileSync(goldPath, 'utf8'))).articles;
      out.push({ source, inputs: examplesOfFile(source, decodeBytes(readFileSync(path), source)), gold });
    }
  };
  walk(dir);
  return out;
}
