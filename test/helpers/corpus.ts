// Articles for the concurrency tests, made by the benchmark's generator (bench/generate-corpus.mjs: synthetic
// local news with fictional people, places and bodies, deterministic from its seed), and ways to split them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mulberry32 } from './rng.js';

const GENERATOR = new URL('../../bench/generate-corpus.mjs', import.meta.url).pathname;

/** `size` generated articles as JSON lines ({id,title,date,text}), in order. */
export function generatedArticles(size: number, seed: number): string[] {
  const out = mkdtempSync(join(tmpdir(), 'kg-corpus-'));
  try {
    const r = spawnSync(process.execPath, [GENERATOR, '--size', String(size), '--seed', String(seed), '--out', out], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`bench/generate-corpus.mjs failed: ${r.stderr}`);
    return readFileSync(join(out, `articles-${size}.jsonl`), 'utf8').trim().split('\n');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** A seeded shuffle (mulberry32), so a failing split can be replayed. */
export function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const next = mulberry32(seed);
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** `n` disjoint parts (every k-th line). */
export const disjointParts = (lines: readonly string[], n: number): string[][] =>
  Array.from({ length: n }, (_, k) => lines.filter((_l, i) => i % n === k));

/** `n` overlapping parts: each a shuffled `share` of the lines, together covering all of them. */
export function overlappingParts(lines: readonly string[], n: number, share: number, seed: number): string[][] {
  const parts = Array.from({ length: n }, (_, k) => shuffled(lines, seed + k).slice(0, Math.ceil(lines.length * share)));
  const covered = new Set(parts.flat());
  const rest = lines.filter((l) => !covered.has(l));
  parts[0]!.push(...rest);
  return parts;
}

/** Writes each part as `<dir>/<name>-<k>.jsonl`; returns the paths. */
export function writeParts(dir: string, name: string, parts: string[][]): string[] {
  return parts.map((lines, k) => {
    const file = join(dir, `${name}-${k}.jsonl`);
    writeFileSync(file, `${lines.join('\n')}\n`);
    return file;
  });
}

const TOPICS = ['乡村振兴', '安全生产', '招商引资', '生态环保', '营商环境', '防汛抗旱', '文明创建', '民生实事'];
const KINDS = ['工作会议', '推进会', '座谈会', '调度会'];

/**
 * Generated articles that all open with the same county's leaders at a meeting (the project's fictional 青禾县):
 * every one of them updates the same people, bodies and relationships, so writers running at once contend for them.
 */
export function contendedArticles(size: number, seed: number): string[] {
  return generatedArticles(size, seed).map((line, i) => {
    const a = JSON.parse(line) as { id: string; text: string };
    const month = 1 + (i % 12);
    const day = 1 + ((i * 7) % 27);
    const meeting = `青禾县${TOPICS[i % TOPICS.length]}${KINDS[(i >> 3) % KINDS.length]}`;
    const lead = `${month}月${day}日，${meeting}召开。县委书记吕承安主持会议并讲话，县长贝明哲出席会议并发言。副县长车立新通报了有关情况。`;
    const date = `2024-${String(month).padStart(2, '0')}-${String(day + 1).padStart(2, '0')}`;
    return JSON.stringify({ id: `contended-${a.id}`, title: `${meeting}召开`, date, text: lead + a.text });
  });
}
