// `kg serve` start-up and memory, and whether it loads what extraction needs (issue 14: "start and memory
// independent of the dictionaries"). The examples ingested into a temporary store, then `kg serve` started
// `runs` times: the time until it prints its URL, its resident memory then, and whether nodejieba's native module
// is mapped into the process (read from /proc/<pid>/maps on Linux; null elsewhere).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { summary, fmt } from './timing.mjs';

const readProc = (pid, file) => { try { return readFileSync(`/proc/${pid}/${file}`, 'utf8'); } catch { return null; } };

/** One start: ms until the URL is printed, RSS then (MB), nodejieba mapped (true / false / null). */
function startOnce(store) {
  const t0 = performance.now();
  const server = spawn(process.execPath, ['bin/kg.js', 'serve', '--store', store, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let log = '';
    const timer = setTimeout(() => { server.kill(); reject(new Error(`bench/serve-start.mjs: kg serve did not start in 60 s: ${log}`)); }, 60_000);
    const seen = (d) => {
      log += d;
      if (!/graphql/i.test(log)) return;
      clearTimeout(timer);
      const ms = performance.now() - t0;
      const status = readProc(server.pid, 'status');
      const maps = readProc(server.pid, 'maps');
      const rss = status && /VmRSS:\s+(\d+)/.exec(status);
      server.once('exit', () => resolve({ ms, rssMb: rss ? Math.round(Number(rss[1]) / 1024) : null, jieba: maps === null ? null : maps.includes('nodejieba') }));
      server.kill('SIGTERM');
    };
    server.stdout.on('data', seen);
    server.stderr.on('data', seen);
  });
}

export async function serveStart({ runs = 3, say }) {
  const dir = mkdtempSync(join(tmpdir(), 'kg-bench-serve-'));
  const store = join(dir, 'graph.json');
  try {
    const ing = spawnSync(process.execPath, ['bin/kg.js', 'ingest', '--store', store, 'examples/'], { encoding: 'utf8' });
    if (ing.status !== 0 || !existsSync(store)) throw new Error(`bench/serve-start.mjs: kg ingest failed: ${ing.stderr.slice(-500)}`);
    await startOnce(store); // warm-up
    const starts = [];
    for (let i = 0; i < runs; i++) starts.push(await startOnce(store));
    const time = summary(starts.map((s) => s.ms));
    const rssMb = Math.max(...starts.map((s) => s.rssMb ?? 0)) || null;
    const jieba = starts.some((s) => s.jieba === null) ? null : starts.some((s) => s.jieba);
    say(`  kg serve (examples' store) ready in ${fmt(time)}, RSS ${rssMb ?? '?'} MB, nodejieba loaded: ${jieba === null ? 'unknown' : jieba ? 'yes' : 'no'}`);
    return { time, rssMb, jieba };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
