// npm run bench [-- --size 1k|10k|100k|all|1k,10k] [--runs 3] [--quick] [--no-neo4j] [--no-store] [--no-browser]
//                [--no-lengths] [--no-concurrent] [--browser-only] [--large-runs 1]
// The ratios of issue 6, measured in one run: each whole-process benchmark prints median, min and max over
// runs after a warm-up, with its floor beside it. Writes bench/results/<timestamp>.json and the tables of
// docs/performance.md (between its bench markers). Never part of npm test.
//   --quick   1k articles, one run, no profile, no real page, 200 requests a query, no Neo4j, one long article at
//             10k and 100k only: a smoke run of a minute or two; its JSON goes to bench/.tmp/ and docs/performance.md
//             is left alone
//   --no-lengths  skip the time per character of one long article (bench/lengths.mjs, about 3 minutes)
//   --no-concurrent  skip the many-writers part (bench/concurrent.mjs: 4 kg ingest at once into one graph file, 1k
//             articles, and into one Neo4j, 100 articles, against one; --no-store / --no-neo4j skip either half)
//   --browser-only  the explorer in headless Chromium alone (bench/explorer.mjs); prints, writes nothing
//   --large-runs N  runs of the 100k corpus (default 1, no warm-up), round-robin as the smaller sizes: on a host
//             whose speed varies from minute to minute, the median of 3 says more than one run
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusFile, generate, parseSize } from './generate-corpus.mjs';
import { compareProcesses, fmt } from './timing.mjs';
import { serveLoad } from './serve-load.mjs';
import { neo4jLoad } from './neo4j-load.mjs';
import { formatStages, stageSplit } from './stages.mjs';
import { formatProfile, profileExtract } from './profile.mjs';
import { writePerformanceDoc } from './report.mjs';
import { explorerBench } from './explorer.mjs';
import { LENGTHS, SHAPES, lengthScaling } from './lengths.mjs';
import { concurrentIngest } from './concurrent.mjs';
import { serveStart } from './serve-start.mjs';
import { loadavg } from 'node:os';

process.chdir(new URL('..', import.meta.url).pathname);
const argv = process.argv.slice(2);
const arg = (k, d) => { const i = argv.indexOf(`--${k}`); return i >= 0 ? argv[i + 1] : d; };
const has = (k) => argv.includes(`--${k}`);
const quick = has('quick');
const sizeArg = arg('size', quick ? '1k' : 'all');
const sizes = (sizeArg === 'all' ? ['1k', '10k', '100k'] : sizeArg.split(',')).map(parseSize).sort((a, b) => a - b);
const runs = Number(arg('runs', quick ? '1' : '3'));
const largeRuns = Number(arg('large-runs', '1'));
/** the 100k corpus runs --large-runs times and --quick once, without a warm-up (smaller sizes warmed the page cache and binaries) */
const runsFor = (size) => (quick ? { runs: 1, warmup: 0 } : size >= 100_000 ? { runs: largeRuns, warmup: 0 } : { runs, warmup: 1 });
const largest = sizes[sizes.length - 1];
const mid = Math.min(largest, 10_000);
const KG = 'bin/kg.js';
const say = (s) => process.stdout.write(`${s}\n`);
const started = performance.now();
if (has('browser-only')) {
  await explorerBench({ say });
  process.exit(0);
}
const results = { largeRuns, date: new Date().toISOString(), loadAverage: loadavg().map((x) => Number(x.toFixed(2))), machine: `${process.platform} ${process.arch}, node ${process.version}`, cores: (await import('node:os')).availableParallelism(), sizes, runs, extraction: {} };

for (const size of [...new Set([...sizes, mid, Math.min(mid, 1000)])]) await generate({ size }); // 1k: the stages' warm-up

// 1, 2, 4: whole-process extraction against the jieba floor, two workers, peak RSS
for (const size of sizes) {
  const file = corpusFile(size);
  const mb = statSync(file).size / 1e6;
  const opts = runsFor(size);
  say(`\n== ${size} articles (${mb.toFixed(1)} MB of JSON lines)`);
  const { floor, one, two } = compareProcesses({
    floor: ['bench/floor-jieba.mjs', file],
    one: [KG, 'extract', '--jsonl', '--workers', '1', file],
    two: [KG, 'extract', '--jsonl', '--workers', '2', file],
  }, opts);
  const cpuRatio = floor.cpuMs ? one.cpuMs / floor.cpuMs : null;
  say(`  jieba tag only (floor)     ${fmt(floor)}  peak RSS ${floor.rssMb} MB`);
  say(`  kg extract --workers 1     ${fmt(one)}  peak RSS ${one.rssMb} MB   ratio to floor ${(one.median / floor.median).toFixed(2)}× (target ≤ 1.5×)${cpuRatio ? `; CPU ${cpuRatio.toFixed(2)}×` : ''}`);
  say(`  kg extract --workers 2     ${fmt(two)}  peak RSS ${two.rssMb} MB   speed-up ${(one.median / two.median).toFixed(2)}× (target ≥ 1.8×)`);
  results.extraction[size] = { mb, floor, workers1: one, workers2: two, ratioToFloor: one.median / floor.median, cpuRatioToFloor: cpuRatio, speedup2: one.median / two.median };
}

// 3: start-up
mkdirSync('bench/.tmp', { recursive: true });
writeFileSync('bench/.tmp/one-line.txt', '  本报讯 今天上午，青禾县召开乡村振兴推进会。县长贝明哲主持会议。\n');
const { bare, start } = compareProcesses({ bare: ['bench/floor-jieba.mjs'], start: [KG, 'extract', 'bench/.tmp/one-line.txt'] },
  { runs: quick ? 2 : Math.max(5, runs), warmup: 1 });
say(`\n== start-up\n  bare node + nodejieba dictionaries  ${fmt(bare)}\n  kg extract on one line              ${fmt(start)}   ratio ${(start.median / bare.median).toFixed(2)}× (target ≤ 1.2×)${bare.cpuMs ? `; CPU ${(start.cpuMs / bare.cpuMs).toFixed(2)}×` : ''}`);
results.startup = { bare, extract: start, ratio: start.median / bare.median, cpuRatio: bare.cpuMs ? start.cpuMs / bare.cpuMs : null };
results.serveStart = await serveStart({ say });

// the real page(s) in ../shared/seeds, when present
const seeds = '../shared/seeds';
if (existsSync(seeds) && !quick) {
  results.seeds = [];
  for (const name of readdirSync(seeds).filter((f) => f.endsWith('.txt'))) {
    const page = join(seeds, name);
    const { floor, kg } = compareProcesses({ floor: ['bench/floor-jieba.mjs', '--text', page], kg: [KG, 'extract', page] },
      { runs: quick ? 1 : Math.max(3, runs), warmup: quick ? 0 : 1 });
    say(`\n== real page ${page} (${statSync(page).size} bytes)\n  jieba tag only  ${fmt(floor)}\n  kg extract      ${fmt(kg)}   ratio ${(kg.median / floor.median).toFixed(2)}×`);
    results.seeds.push({ page: name, bytes: statSync(page).size, floor, extract: kg, ratio: kg.median / floor.median });
  }
}

// one long article (a transcript, a page without line breaks): time per character at four lengths
if (!has('no-lengths')) {
  say('\n== one long article: time per character (bench/lengths.mjs)');
  results.lengths = lengthScaling({ lengths: quick ? LENGTHS.slice(0, 2) : LENGTHS, shapes: SHAPES, rounds: quick ? 1 : 2, say });
}

// the per-stage split and the CPU profile, in-process, on the 10k corpus (or the largest one below it)
say(`\n== stages in-process (${corpusFile(mid)})`);
if (!quick) await stageSplit(corpusFile(Math.min(mid, 1000))); // warm-up: JIT and dictionaries
results.stages = await stageSplit(corpusFile(mid));
formatStages(results.stages, say);
if (!quick || has('profile')) {
  say(`\n== CPU profile of kg extract --jsonl --workers 1 (${corpusFile(mid)})`);
  results.profile = profileExtract(corpusFile(mid), { top: 25 });
  formatProfile(results.profile, say);
}

// 5: the embedded store; 6: Neo4j
if (!has('no-store')) {
  results.store = await serveLoad({ file: corpusFile(largest), requests: quick ? 200 : 2000, concurrency: 8, say });
}
if (!quick && !has('no-neo4j')) {
  results.neo4j = await neo4jLoad({ file: corpusFile(Number(arg('neo4j-size', String(mid)))), say });
} else {
  results.neo4j = { skipped: quick ? '--quick' : '--no-neo4j' };
  say(`\n== Neo4j: skipped (${results.neo4j.skipped})`);
}

// issue 13: many writers at once, into one graph file and into one Neo4j
if (!has('no-concurrent')) {
  const [storeSize, neo4jSize] = quick ? [100, 0] : [1000, 100];
  for (const size of [storeSize, neo4jSize].filter(Boolean)) await generate({ size });
  results.concurrent = await concurrentIngest({
    storeFile: has('no-store') ? null : corpusFile(storeSize),
    neo4jFile: quick || has('no-neo4j') ? null : corpusFile(neo4jSize),
    writers: 4, why: { neo4j: quick ? '--quick' : '--no-neo4j' }, say,
  });
}

// 7: the explorer in headless Chromium
results.explorer = has('no-browser') ? { skipped: '--no-browser' } : await explorerBench({ say });

results.totalSeconds = (performance.now() - started) / 1000;
results.loadAverageAtEnd = loadavg().map((x) => Number(x.toFixed(2)));
// a --quick smoke run keeps its numbers out of the committed results and docs
const dir = quick ? 'bench/.tmp' : 'bench/results';
mkdirSync(dir, { recursive: true });
const resultFile = `${dir}/${results.date.replace(/[:.]/g, '-')}.json`;
writeFileSync(resultFile, `${JSON.stringify(results, null, 2)}\n`);
if (!quick) writePerformanceDoc('docs/performance.md', results, resultFile);
say(`\ndone in ${results.totalSeconds.toFixed(0)} s; results: ${resultFile}${quick ? '' : '; tables: docs/performance.md'}`);
