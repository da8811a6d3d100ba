// Whole-process timings: median, min and max over runs after a warm-up, and peak RSS (GNU time's %M when
// /usr/bin/time exists, else the child's own process.resourceUsage().maxRSS through bench/max-rss.cjs); with GNU
// time also the CPU time (user + system, median): other processes on a shared machine disturb it less than wall time.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const GNU_TIME = existsSync('/usr/bin/time');
const RSS_HOOK = new URL('./max-rss.cjs', import.meta.url).pathname;

/** One run of `node ...args`: wall ms, CPU ms (0 without GNU time) and peak RSS kB. */
function once(args, env) {
  const cmd = GNU_TIME ? ['/usr/bin/time', ['-f', 'maxrss=%M cpu=%U+%S', process.execPath, ...args]] : [process.execPath, ['-r', RSS_HOOK, ...args]];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd[0], cmd[1], { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 30, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`bench/timing.mjs: node ${args.join(' ')} failed (${r.status}): ${r.stderr.slice(-500)}`);
  const m = /maxrss=(\d+)/.exec(r.stderr);
  const c = /cpu=([\d.]+)\+([\d.]+)/.exec(r.stderr);
  return { ms, cpuMs: c ? (Number(c[1]) + Number(c[2])) * 1000 : 0, rssKb: m ? Number(m[1]) : 0 };
}

export function timeProcess(args, opts = {}) {
  return compareProcesses({ it: args }, opts).it;
}

/**
 * Times several commands round-robin (a, b, c, a, b, c, …) so that the noise of a shared machine falls on
 * all of them alike; the ratios between them are what the benchmarks report. { name: args } → { name: summary }.
 */
export function compareProcesses(commands, { runs = 3, warmup = 1, env } = {}) {
  const names = Object.keys(commands);
  const ms = Object.fromEntries(names.map((n) => [n, []]));
  const cpu = Object.fromEntries(names.map((n) => [n, []]));
  const rss = Object.fromEntries(names.map((n) => [n, 0]));
  for (let i = 0; i < warmup + runs; i++) {
    for (const n of names) {
      const r = once(commands[n], env);
      if (i < warmup) continue;
      ms[n].push(r.ms);
      cpu[n].push(r.cpuMs);
      rss[n] = Math.max(rss[n], r.rssKb);
    }
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return Object.fromEntries(names.map((n) => [n, summary(ms[n], { cpuMs: median(cpu[n]), rssMb: Math.round(rss[n] / 1024) })]));
}

export function summary(ms, extra = {}) {
  const s = [...ms].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], min: s[0], max: s[s.length - 1], runs: s.length, ...extra };
}

export const fmt = (x) => `${x.median.toFixed(0)} ms (min ${x.min.toFixed(0)}, max ${x.max.toFixed(0)}, ${x.runs} run${x.runs === 1 ? '' : 's'})`;
