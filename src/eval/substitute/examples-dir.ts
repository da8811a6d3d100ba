// The example files the substitution tier rewrites: every input in examples/ (and its folders) that has a golden
// file beside it (<name>.expected.json).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadExamples, type Example } from './run.js';

/** examples/ at the package root (src/eval/substitute and dist/eval/substitute are three levels below it). */
export const EXAMPLES_ROOT: string = fileURLToPath(new URL('../../../examples/', import.meta.url));

const INPUT = /\.(txt|html|jsonl)$/;

/** Input files with their golden file, relative paths sorted. */
export function exampleFiles(root: string = EXAMPLES_ROOT): { input: string; golden: string; source: string }[] {
  const out: { input: string; golden: string; source: string }[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) { walk(path); continue; }
      if (!INPUT.test(name)) continue;
      const golden = path.replace(INPUT, '.expected.json');
      if (existsSync(golden)) out.push({ input: path, golden, source: `examples/${relative(root, path)}` });
    }
  };
  if (existsSync(root)) walk(root);
  return out;
}

/** Every example of every file. */
export function allExamples(root: string = EXAMPLES_ROOT): Example[] {
  return exampleFiles(root).flatMap((f) => loadExamples(f.input, f.golden, f.source));
}
