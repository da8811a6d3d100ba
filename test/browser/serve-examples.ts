// `kg serve` as a user runs it, on the project's examples (ingested into a fresh graph file), on a free port.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KG } from '../cli/run-kg.js';

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));

export interface Served { origin: string; child: ChildProcess; stop(): Promise<void> }

export function ingestExamples(): string {
  const store = join(mkdtempSync(join(tmpdir(), 'kg-browser-')), 'graph.json');
  for (const extra of [[], ['--jsonl']]) {
    const r = spawnSync(process.execPath, [KG, 'ingest', ...extra, '--store', store, EXAMPLES], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`kg ingest ${extra.join(' ')} examples/ failed: ${r.stderr}`);
  }
  return store;
}

export async function serveStore(store: string): Promise<Served> {
  const child = spawn(process.execPath, [KG, 'serve', '--store', store, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /^(http:\/\/127\.0\.0\.1:\d+)\/graphql$/m.exec(out);
      if (m) resolve(m[1] as string);
    });
    child.on('exit', (code) => reject(new Error(`kg serve exited (${code}) before it was ready: ${out}`)));
  });
  return {
    origin: url, child,
    stop: () => new Promise<void>((resolve) => { child.once('exit', () => resolve()); child.kill('SIGTERM'); }),
  };
}
