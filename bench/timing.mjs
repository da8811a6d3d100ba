// Whole-process timings: median, min and max over runs after a warm-up, and peak RSS (GNU time).
import { spawnSync } from 'node:child_process';

export function timeProcess(args, { runs = 3, warmup = 1, env } = {}) {
  const ms = [];
  let rssKb = 0;
  for (let i = 0; i < warmup + runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 30, stdio: ['ignore', 'ignore', 'pipe'] });
    const t = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${r.stderr.slice(-500)}`);
    if (i >= warmup) {
      ms.push(t);
      rssKb = Math.max(rssKb, Number(r.stderr.trim().split('\n').pop()));
    }
  }
  return summary(ms, { rssMb: Math.round(rssKb / 1024) });
}

export function summary(ms, extra = {}) {
  const s = [...ms].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], min: s[0], max: s[s.length - 1], runs: s.length, ...extra };
}

export const fmt = (x) => `${x.median.toFixed(0)} ms (min ${x.min.toFixed(0)}, max ${x.max.toFixed(0)})`;
