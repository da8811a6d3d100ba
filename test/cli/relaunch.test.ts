// The commands that extract run in a node started with kg's V8 flags (src/cli/v8-flags.ts, relaunch.ts): the
// flags reach node, the exit status and signals pass through, a node that refuses a flag still runs the command.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flagsFor, V8_FLAGS } from '../../src/cli/v8-flags.js';
import { KG, runKg } from './run-kg.js';

const page = join(new URL('../../examples/', import.meta.url).pathname, 'yunshan-daily-page.txt');
const DEFAULT = V8_FLAGS.map((f) => f.flag);

describe('flagsFor', () => {
  // sizes by name: big.jsonl 2 MB, small.txt 10 kB, a folder; anything else does not exist
  const sizes: Record<string, number> = { 'big.jsonl': 2 << 20, 'small.txt': 10_000, 'pages/': Infinity };
  const sizeOf = (p: string): number | null => sizes[p] ?? null;
  const flags = (argv: string[], execArgv: string[] = [], env: NodeJS.ProcessEnv = {}) => flagsFor(argv, execArgv, env, sizeOf);

  it('gives the flags to kg eval, and to kg extract of large inputs (1 MB or more, or a folder)', () => {
    expect(flags(['eval'])).toEqual(DEFAULT);
    expect(flags(['extract', '--jsonl', 'big.jsonl'])).toEqual(DEFAULT);
    expect(flags(['extract', 'pages/'])).toEqual(DEFAULT);
    expect(flags(['extract', '--workers', '2', 'small.txt', 'small.txt'])).toBeNull();
    expect(flags(['extract', '-'])).toBeNull();
    expect(flags(['extract', '--date', '2026-05-04', 'missing.txt'])).toBeNull();
  });

  it('gives them to no other command', () => {
    // the writers of the graph stay one process: a kill -9 of the pid a user sees stops the writer itself
    for (const cmd of ['ingest', 'start', 'serve', 'stats', 'query', 'export', 'load']) expect(flags([cmd, 'big.jsonl'])).toBeNull();
    expect(flags([])).toBeNull();
    expect(flags(['extract', '--help', 'big.jsonl'])).toBeNull();
  });

  it('runs here when node already has the flags, or when this is the relaunched process', () => {
    expect(flags(['extract', 'big.jsonl'], DEFAULT)).toBeNull();
    expect(flags(['extract', 'big.jsonl'], [], { KG_RELAUNCHED: '4242' })).toBeNull();
  });

  it('takes the list from KG_V8_FLAGS, empty for none, for inputs of any size', () => {
    expect(flags(['extract', 'big.jsonl'], [], { KG_V8_FLAGS: '' })).toBeNull();
    expect(flags(['extract', 'small.txt'], [], { KG_V8_FLAGS: ' --a  --b ' })).toEqual(['--a', '--b']);
    expect(flags(['extract', '-'], ['--a'], { KG_V8_FLAGS: '--a --b' })).toEqual(['--b']);
  });

  it('says why of every flag', () => {
    for (const f of V8_FLAGS) {
      expect(f.flag).toMatch(/^--[a-z0-9-]+(=\S+)?$/);
      expect(f.reason.length).toBeGreaterThan(40);
    }
  });

  it('names flags this node knows (it would refuse the lot, and run without any, otherwise)', () => {
    const r = spawnSync(process.execPath, [...DEFAULT, '-e', '0'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});

describe('kg extract under the flags', () => {
  it('starts node with them (a flag that prints shows it)', () => {
    // --trace-gc writes a line per collection to stdout: only a node started with it does
    const r = runKg(['extract', page], { env: { KG_V8_FLAGS: '--trace-gc' } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Scavenge|Mark-Compact/);
    const plain = runKg(['extract', page], { env: { KG_V8_FLAGS: '' } });
    expect(plain.stdout).not.toMatch(/Scavenge|Mark-Compact/);
    const records = (s: string) => s.split('\n').filter((l) => l.startsWith('{'));
    expect(records(r.stdout)).toEqual(records(plain.stdout));
  });

  it('gives the same output as node without them, and passes the exit status on', () => {
    const flagged = runKg(['extract', page, join(page, '..', 'missing.txt')], { env: { KG_V8_FLAGS: DEFAULT.join(' ') } });
    const plain = runKg(['extract', page, join(page, '..', 'missing.txt')], { env: { KG_V8_FLAGS: '' } });
    expect(flagged.code).toBe(1);
    expect(plain.code).toBe(1);
    expect(flagged.stdout).toBe(plain.stdout);
    expect(flagged.stdout.trim().split('\n')).toHaveLength(3);
    expect(flagged.stderr).toContain('missing.txt');
  });

  it('runs a small input in this node and a folder in a second one (counted by their CPU profiles)', () => {
    // node --cpu-prof writes one profile per thread at exit (one worker: no worker thread), and a relaunched node
    // gets its parent's node arguments
    const nodes = (input: string): number => {
      const dir = mkdtempSync(join(tmpdir(), 'kg-prof-'));
      const r = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, KG, 'extract', '--workers', '1', input], { encoding: 'utf8', env: { ...process.env, KG_V8_FLAGS: undefined }, stdio: ['ignore', 'ignore', 'pipe'] });
      // (the records are not read: the corpus's folder writes more than spawnSync buffers)
      expect(r.status, r.stderr).toBe(0);
      return readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).length;
    };
    expect(nodes(page)).toBe(1);
    expect(nodes(join(page, '..', 'local-news'))).toBe(2);
  });

  it('runs without a flag this node refuses, and says so', () => {
    const r = runKg(['extract', page], { env: { KG_V8_FLAGS: '--no-such-v8-flag-here' } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('refused the V8 flags --no-such-v8-flag-here');
    expect(r.stdout.trim().split('\n')).toHaveLength(3);
  });

  // SIGTERM is passed on; kill -9 cannot be, and the relaunched node ends itself when its parent is gone
  it.runIf(process.platform === 'linux').each(['SIGTERM', 'SIGKILL'] as const)('ends the relaunched node when the one that waits for it gets %s', async (signal) => {
    const { parent, child } = await startWaiting();
    const closed = new Promise<NodeJS.Signals | null>((r) => parent.on('close', (_c, s) => r(s)));
    parent.kill(signal);
    expect(await closed).toBe(signal);
    expect(await gone(child)).toBe(true);
  });
});

/** `kg extract -` on a stdin left open (it waits), and the pid of the node it started (read from /proc). */
async function startWaiting(): Promise<{ parent: ChildProcess; child: number }> {
  const parent = spawn(process.execPath, [KG, 'extract', '-'], { stdio: ['pipe', 'ignore', 'ignore'], env: { ...process.env, KG_V8_FLAGS: DEFAULT.join(' ') } });
  const childrenFile = `/proc/${parent.pid}/task/${parent.pid}/children`;
  let child = 0;
  for (let i = 0; i < 200 && !child; i++) {
    await new Promise((r) => setTimeout(r, 50));
    if (existsSync(childrenFile)) child = Number(readFileSync(childrenFile, 'utf8').trim().split(' ')[0] || 0);
  }
  expect(child).toBeGreaterThan(0);
  return { parent, child };
}

/** The process has ended within 5 s. */
async function gone(pid: number): Promise<boolean> {
  for (let i = 0; i < 100; i++) {
    try { process.kill(pid, 0); } catch { return true; }
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}
