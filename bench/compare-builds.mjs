// Another build of kg against this one, in one run: start-up on a one-line page and `kg extract --workers 1` on a
// corpus, each beside its jieba floor, round-robin (bench/timing.mjs), wall and CPU time and peak RSS.
//   node bench/compare-builds.mjs <other checkout, built> [--size 10k] [--runs 3] [--startup-runs 9]
// The other checkout is e.g. `git archive main | tar -x -C /tmp/kg-main`, node_modules linked to this one's,
// `node node_modules/typescript/bin/tsc -p tsconfig.build.json` there. Not part of npm run bench.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { corpusFile, generate, parseSize } from './generate-corpus.mjs';
import { compareProcesses, fmt } from './timing.mjs';

process.chdir(new URL('..', import.meta.url).pathname);
const argv = process.argv.slice(2);
const arg = (k, d) => { const i = argv.indexOf(`--${k}`); return i >= 0 ? argv[i + 1] : d; };
const other = argv[0];
if (!other || !existsSync(join(other, 'bin/kg.js'))) throw new Error('bench/compare-builds.mjs: usage: node bench/compare-builds.mjs <other checkout with bin/kg.js and dist/> [--size 10k]');
const size = parseSize(arg('size', '10k'));
const say = (s) => process.stdout.write(`${s}\n`);
const load = () => loadavg().map((x) => x.toFixed(2)).join(', ');
const row = (name, x, base) => say(`  ${name.padEnd(8)} ${fmt(x)}  CPU ${x.cpuMs.toFixed(0)} ms  peak RSS ${x.rssMb} MB  wall ${(x.median / base.median).toFixed(2)}×  CPU ${(x.cpuMs / base.cpuMs).toFixed(2)}×`);

say(`load average ${load()}`);
mkdirSync('bench/.tmp', { recursive: true });
writeFileSync('bench/.tmp/one-line.txt', '  本报讯 今天上午，青禾县召开乡村振兴推进会。县长贝明哲主持会议。\n');
const one = ['extract', 'bench/.tmp/one-line.txt'];
const s = compareProcesses({ bare: ['bench/floor-jieba.mjs'], other: [join(other, 'bin/kg.js'), ...one], this: ['bin/kg.js', ...one] },
  { runs: Number(arg('startup-runs', '9')), warmup: 1 });
say('start-up (against a bare nodejieba load)');
for (const [k, v] of Object.entries(s)) row(k, v, s.bare);
await generate({ size });
const file = corpusFile(size);
const x = compareProcesses({
  floor: ['bench/floor-jieba.mjs', file],
  other: [join(other, 'bin/kg.js'), 'extract', '--jsonl', '--workers', '1', file],
  this: ['bin/kg.js', 'extract', '--jsonl', '--workers', '1', file],
}, { runs: Number(arg('runs', '3')), warmup: 1 });
say(`${size} articles, 1 worker (against jieba tag alone)`);
for (const [k, v] of Object.entries(x)) row(k, v, x.floor);
say(`load average ${load()}`);
