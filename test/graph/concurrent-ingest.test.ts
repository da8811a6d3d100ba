// Several `kg ingest` processes writing one graph file lose nothing: they end with exactly what one sequential ingest
// of all their inputs gives. A lock left by a kill -9'd ingest is taken over; a writer that waits longer than --wait
// gives up with exit 75 and writes nothing.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runKg, runKgAsync } from '../cli/run-kg.js';
import { disjointParts, generatedArticles, overlappingParts, writeParts } from '../helpers/corpus.js';

const dir = mkdtempSync(join(tmpdir(), 'kg-concurrent-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SEED = 21;
const lines = generatedArticles(64, SEED);
const all = writeParts(dir, 'all', [lines])[0] as string;

const stats = (store: string): unknown => {
  const r = runKg(['stats', '--json', '--store', store]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
};

/** What the file holds, independent of the order writers came in: node ids, edge ids with their evidence. */
function content(store: string): { nodes: string[]; edges: string[] } {
  const items = readFileSync(store, 'utf8').trim().split('\n').slice(1).map((l) => JSON.parse(l) as {
    t: string; id: string; evidence?: { article: string; start: number; end: number }[];
  });
  const evidence = (e: (typeof items)[number]) => (e.evidence ?? []).map((x) => `${x.article}@${x.start}-${x.end}`).sort().join(',');
  return {
    nodes: items.filter((x) => x.t === 'node').map((x) => x.id).sort(),
    edges: items.filter((x) => x.t === 'edge').map((x) => `${x.id} ${evidence(x)}`).sort(),
  };
}

const sequential = join(dir, 'sequential.json');

/** Holds the writer's lock on `store` in another process until killed (what a live writer looks like). */
function holdLock(store: string): Promise<ChildProcess> {
  const lockModule = new URL('../../dist/graph/store-lock.js', import.meta.url).href;
  const child = spawn(process.execPath, ['--input-type=module', '-e',
    `import { lockStore } from ${JSON.stringify(lockModule)}; await lockStore(${JSON.stringify(store)}, { waitSeconds: 0 });`
    + " process.stdout.write('locked\\n'); setInterval(() => {}, 1000);"], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout?.once('data', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`lock holder exited (${code})`)));
  });
}

describe('concurrent kg ingest into one graph file (seed 21)', () => {
  it('one sequential ingest of all the articles: the reference', () => {
    const r = runKg(['ingest', '--jsonl', '--store', sequential, all]);
    expect(r.code, r.stderr).toBe(0);
    expect((stats(sequential) as { nodes: { Article: number } }).nodes.Article).toBe(lines.length);
  });

  it.each([
    ['disjoint', () => disjointParts(lines, 4)],
    ['overlapping', () => overlappingParts(lines, 4, 0.6, SEED)],
  ])('4 processes of %s inputs at once give exactly the sequential counts and contents', async (name, split) => {
    const store = join(dir, `${name}.json`);
    const parts = writeParts(dir, name, split());
    const runs = await Promise.all(parts.map((p) => runKgAsync(['ingest', '--jsonl', '--store', store, p])));
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    expect(stats(store)).toEqual(stats(sequential));
    expect(content(store)).toEqual(content(sequential));
    expect(existsSync(`${store}.lock`)).toBe(false);
  }, 120_000);

  it('a writer that waits longer than --wait gives up with exit 75, names the lock, and writes nothing', async () => {
    const store = join(dir, 'waited.json');
    writeFileSync(store, readFileSync(sequential));
    const holder = await holdLock(store);
    try {
      const r = runKg(['ingest', '--jsonl', '--wait', '1', '--store', store, writeParts(dir, 'one', [[lines[0] as string]])[0] as string]);
      expect(r.code).toBe(75);
      expect(r.stderr).toContain(`waiting up to 1 s`);
      expect(r.stderr).toMatch(/another process is writing this graph \(lock .*waited\.json\.lock\); gave up after 1 s and wrote nothing/);
      expect(readFileSync(store, 'utf8')).toBe(readFileSync(sequential, 'utf8'));
    } finally {
      holder.kill('SIGKILL');
    }
  }, 60_000);

  it('a lock left by an ingest killed with kill -9 while merging is taken over; the next ingest completes the graph', async () => {
    const store = join(dir, 'killed.json');
    const [first, second] = writeParts(dir, 'halves', disjointParts(lines, 2)) as [string, string];
    expect(runKg(['ingest', '--jsonl', '--store', store, first]).code).toBe(0);
    const before = readFileSync(store);
    let killedHoldingLock = false;
    for (let attempt = 0; attempt < 5 && !killedHoldingLock; attempt++) {
      const r = await runKgAsync(['ingest', '--jsonl', '--store', store, second], { onSpawn: (child) => killWhenLocked(child, store) });
      killedHoldingLock = r.signal === 'SIGKILL' && existsSync(`${store}.lock`);
      if (!killedHoldingLock) writeFileSync(store, before); // it finished (or died) before the lock: again
    }
    expect(killedHoldingLock).toBe(true);
    // the file is one whole graph still: the one before, or (killed between its rename and releasing the lock) the new one
    expect([lines.length / 2, lines.length]).toContain((stats(store) as { nodes: { Article: number } }).nodes.Article);
    const rerun = runKg(['ingest', '--jsonl', '--wait', '60', '--store', store, second]);
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(stats(store)).toEqual(stats(sequential));
    expect(readdirSync(dir).filter((f) => f.startsWith('.killed.json.'))).toEqual([]); // its temporary file is gone too
  }, 120_000);
});

/** Sends SIGKILL as soon as the writer's lock on `store` appears (polled every few milliseconds). */
function killWhenLocked(child: ChildProcess, store: string): void {
  const timer = setInterval(() => {
    if (existsSync(`${store}.lock`)) { child.kill('SIGKILL'); clearInterval(timer); }
  }, 2);
  child.once('exit', () => clearInterval(timer));
}
