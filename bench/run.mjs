// npm run bench [-- --size 1000,10000] [--runs 3] [--quick]: the ratios of issue 6, measured in one run.
// Prints each benchmark (median, min, max over runs after a warm-up) and the ratios; writes
// bench/results/<timestamp>.json and the table in docs/performance.md. Never part of npm test.
import { existsSync, mkdirSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from './generate-corpus.mjs';
import { timeProcess, fmt } from './timing.mjs';
import { serveLoad } from './serve-load.mjs';
import { neo4jLoad } from './neo4j-load.mjs';

const arg = (k, d) => { const i = process.argv.indexOf(`--${k}`); return i > 0 ? process.argv[i + 1] : d; };
const quick = process.argv.includes('--quick');
const sizes = (arg('size', quick ? '1000' : '1000,10000')).split(',').map(Number);
const runs = Number(arg('runs', quick ? '1' : '3'));
const KG = 'bin/kg.js';
const results = { date: new Date().toISOString(), machine: `${process.platform} node ${process.version}`, sizes, runs, benchmarks: {} };
const say = (s) => process.stdout.write(`${s}\n`);

for (const size of sizes) {
  const out = 'bench/corpus';
  const file = join(out, `articles-${size}.jsonl`);
  if (!existsSync(file)) await generate({ size, out });
  const mb = statSync(file).size / 1e6;
  say(`\n== ${size} articles (${mb.toFixed(1)} MB of JSON lines)`);
  const floor = timeProcess(['bench/floor-jieba.mjs', file], { runs });
  const one = timeProcess([KG, 'extract', '--jsonl', '--workers', '1', file], { runs });
  const two = timeProcess([KG, 'extract', '--jsonl', '--workers', '2', file], { runs });
  say(`  jieba tag only (floor)     ${fmt(floor)}  peak RSS ${floor.rssMb} MB`);
  say(`  kg extract --workers 1     ${fmt(one)}  peak RSS ${one.rssMb} MB   ratio to floor ${(one.median / floor.median).toFixed(2)}× (target ≤ 1.5×)`);
  say(`  kg extract --workers 2     ${fmt(two)}  peak RSS ${two.rssMb} MB   speed-up ${(one.median / two.median).toFixed(2)}× (target ≥ 1.7×)`);
  results.benchmarks[size] = { mb, floor, extract1: one, extract2: two, ratioToFloor: one.median / floor.median, speedup2: one.median / two.median };
}

mkdirSync('bench/.tmp', { recursive: true });
writeFileSync('bench/.tmp/one-line.txt', '  本报讯 今天上午，青禾县召开乡村振兴推进会。县长贝明哲主持会议。\n');
const bare = timeProcess(['bench/floor-jieba.mjs'], { runs: Math.max(3, runs) });
const start = timeProcess([KG, 'extract', 'bench/.tmp/one-line.txt'], { runs: Math.max(3, runs) });
say(`\n== start-up\n  bare node + nodejieba dictionaries  ${fmt(bare)}\n  kg extract one line                 ${fmt(start)}   ratio ${(start.median / bare.median).toFixed(2)}× (target ≤ 1.5×)`);
results.benchmarks.startup = { bare, extract: start, ratio: start.median / bare.median };

const storeSize = Number(arg('store-size', String(sizes[sizes.length - 1])));
results.benchmarks.store = await serveLoad({ file: join('bench/corpus', `articles-${storeSize}.jsonl`), requests: quick ? 200 : 1000, concurrency: 8, say });
results.benchmarks.neo4j = await neo4jLoad({ file: join('bench/corpus', `articles-${Math.min(storeSize, quick ? 1000 : 10000)}.jsonl`), say });

mkdirSync('bench/results', { recursive: true });
writeFileSync('docs/performance.md', performanceDoc(results));
const stamp = results.date.replace(/[:.]/g, '-');
writeFileSync(`bench/results/${stamp}.json`, `${JSON.stringify(results, null, 2)}\n`);
say(`\nresults: bench/results/${stamp}.json`);

function performanceDoc(r) {
  const b = r.benchmarks;
  const rows = r.sizes.map((n) => `| ${n} | ${b[n].mb.toFixed(1)} MB | ${b[n].floor.median.toFixed(0)} ms | ${b[n].extract1.median.toFixed(0)} ms | **${b[n].ratioToFloor.toFixed(2)}×** (≤ 1.5×) | ${b[n].extract2.median.toFixed(0)} ms | **${b[n].speedup2.toFixed(2)}×** (≥ 1.7×) | ${b[n].floor.rssMb} / ${b[n].extract1.rssMb} / ${b[n].extract2.rssMb} MB |`);
  const s = b.store;
  const n4 = b.neo4j;
  return `# Performance

Measured by \`npm run bench\` (bench/run.mjs) on ${r.date.slice(0, 10)}, ${r.machine}, 2 cores; median of ${r.runs} run(s) after a
warm-up; whole processes run with node. The corpus is synthetic (bench/generate-corpus.mjs: fictional people,
places, bodies and meetings in the local-news genre, deterministic). Raw numbers: bench/results/.

## Extraction (targets 1–4)

| articles | JSON lines | jieba tag only | kg extract, 1 worker | ratio to floor | 2 workers | speed-up | peak RSS floor / 1 / 2 workers |
|---|---|---|---|---|---|---|---|
${rows.join('\n')}

Start-up: \`kg extract\` on a one-line input ${b.startup.extract.median.toFixed(0)} ms against a bare node process that loads nodejieba's
dictionaries ${b.startup.bare.median.toFixed(0)} ms: **${b.startup.ratio.toFixed(2)}×** (target ≤ 1.5×).

## Embedded store under load (target 5)

${s ? `Ingest of the corpus: ${(s.ingestMs / 1000).toFixed(1)} s. ${s.requests} requests per query, ${s.concurrency} at a time, on 127.0.0.1:

| query | p50 | p99 |
|---|---|---|
| \`{ __typename }\` | ${s.typename.p50.toFixed(2)} ms | ${s.typename.p99.toFixed(2)} ms |
| a meeting's attendance | ${s.attendance.p50.toFixed(2)} ms | ${s.attendance.p99.toFixed(2)} ms |
| a person's positions | ${s.positions.p50.toFixed(2)} ms | ${s.positions.p99.toFixed(2)} ms |

Ratios of medians to \`{ __typename }\`: attendance **${s.attendanceRatio.toFixed(2)}×**, positions **${s.positionsRatio.toFixed(2)}×** (target < 3×).` : 'not run'}

## Neo4j loading (target 6)

${n4 && !n4.skipped ? `Batched \`UNWIND $rows … MERGE\` (kg load, 5,000 rows a statement): ${n4.nodes} nodes + ${n4.relationships} relationships in
${(n4.batchedMs / 1000).toFixed(1)} s = **${n4.batchedRowsPerSec.toFixed(0)} rows/s**. One \`MERGE\` per row in its own transaction: ${n4.perRowRows} nodes in
${(n4.perRowMs / 1000).toFixed(1)} s = ${n4.perRowRowsPerSec.toFixed(0)} rows/s. Batched / per row: **${n4.ratio.toFixed(1)}×** (target ≥ 20×).` : `skipped: ${n4?.skipped ?? 'not run'}`}

## What the numbers say

See the closing notes of the issues and the profile below for where the time goes.
`;
}
