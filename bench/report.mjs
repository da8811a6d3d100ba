// The Markdown tables of a bench run, written into docs/performance.md between its bench markers (the prose
// around them is kept; a missing file gets a skeleton).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const BEGIN = '<!-- bench:begin (written by npm run bench; edit outside these markers) -->';
const END = '<!-- bench:end -->';
const ms = (x) => `${x.toFixed(0)} ms`;
const range = (x) => `${ms(x.median)} (${x.min.toFixed(0)}–${x.max.toFixed(0)})`;
const verdict = (ok) => (ok ? 'met' : '**not met**');

export function writePerformanceDoc(path, r, resultFile) {
  const old = existsSync(path) ? readFileSync(path, 'utf8') : `# Performance\n\n${BEGIN}\n${END}\n`;
  const [head, rest] = old.includes(BEGIN) ? old.split(BEGIN) : [`${old.trimEnd()}\n\n`, `\n${END}\n`];
  const tail = rest.includes(END) ? rest.split(END)[1] : '\n';
  writeFileSync(path, `${head}${BEGIN}\n${tables(r, resultFile)}${END}${tail}`);
}

export function tables(r, resultFile) {
  const out = [];
  const e = r.extraction;
  const load = r.loadAverage ? ` Load average (1, 5, 15 min) ${r.loadAverage.join(', ')} at the start, ${r.loadAverageAtEnd?.join(', ') ?? '?'} at the end.` : '';
  out.push(`Run of ${r.date.slice(0, 16).replace('T', ' ')} UTC on ${r.machine}, ${r.cores} cores, ${r.totalSeconds.toFixed(0)} s in all; raw numbers in ${resultFile}.${load}`);
  const large = r.largeRuns > 1 ? `${r.largeRuns} times, round-robin, without a warm-up` : 'once';
  out.push(`Times are whole processes (\`node bin/kg.js …\`), median (min–max) over the runs after a warm-up; the 100k corpus runs ${large}. CPU is user + system time (GNU time), the median over the same runs.`, '');
  out.push('### Extraction against its floor (targets 1, 2, 4)', '');
  out.push('| articles | JSON lines | jieba tag only | kg extract, 1 worker | ratio (≤ 1.5×) | CPU ratio | 2 workers | speed-up (≥ 1.8×) | peak RSS floor / 1 w / 2 w |');
  out.push('|---|---|---|---|---|---|---|---|---|');
  for (const n of r.sizes) {
    const x = e[n];
    const cpu = x.cpuRatioToFloor ? `${x.cpuRatioToFloor.toFixed(2)}×` : '–';
    out.push(`| ${n} | ${x.mb.toFixed(1)} MB | ${range(x.floor)} | ${range(x.workers1)} | **${x.ratioToFloor.toFixed(2)}×** | ${cpu} | ${range(x.workers2)} | **${x.speedup2.toFixed(2)}×** | ${x.floor.rssMb} / ${x.workers1.rssMb} / ${x.workers2.rssMb} MB |`);
  }
  const big = e[r.sizes[r.sizes.length - 1]];
  const judged = r.sizes.filter((n) => n >= 10_000);
  const worst = Math.max(...(judged.length ? judged : r.sizes).map((n) => e[n].ratioToFloor));
  out.push('', `Target 1 (≤ 1.5× of jieba alone at 10k and 100k): ${verdict(worst <= 1.5)} (${worst.toFixed(2)}× at worst). Target 2 (≥ 1.8× on 2 workers at the largest size): ${verdict(big.speedup2 >= 1.8)} (${big.speedup2.toFixed(2)}×).`);
  const rss = r.sizes.map((n) => e[n].workers1.rssMb);
  out.push(`Target 4 (flat peak RSS, 1 worker): ${rss.map((m, i) => `${m} MB at ${r.sizes[i]}`).join(', ')}.`, '');
  out.push('### Start-up (target 3)', '');
  const startCpu = r.startup.cpuRatio ? `; CPU ${r.startup.cpuRatio.toFixed(2)}×` : '';
  out.push(`\`kg extract\` on a one-line page ${range(r.startup.extract)} against a bare node process that loads nodejieba's dictionaries ${range(r.startup.bare)}: **${r.startup.ratio.toFixed(2)}×** (≤ 1.2×: ${verdict(r.startup.ratio <= 1.2)})${startCpu}.`, '');
  const sv = r.serveStart;
  if (sv) out.push(`\`kg serve\` on the examples' store: ready in ${range(sv.time)}, ${sv.rssMb ?? '?'} MB resident, nodejieba ${sv.jieba === null ? 'not checked' : sv.jieba ? '**loaded**' : 'not loaded'}${sv.jieba === false ? ': its start and memory do not depend on the dictionaries' : ''}.`, '');
  for (const s of r.seeds ?? []) out.push(`Real page (../shared/seeds/${s.page}, ${s.bytes} bytes): kg extract ${range(s.extract)}, jieba tag of the page ${range(s.floor)}: ${s.ratio.toFixed(2)}× (start-up dominates).`, '');
  if (r.lengths) out.push(...lengthTables(r.lengths));
  out.push(`### Stages, in-process (${r.stages.articles} articles, ${(r.stages.chars / 1e6).toFixed(1)} M characters)`, '');
  out.push('| stage | ms | share of extraction |', '|---|---|---|');
  const total = Object.entries(r.stages.ms).filter(([k]) => k !== 'resolve').reduce((a, [, v]) => a + v, 0);
  for (const [k, v] of Object.entries(r.stages.ms)) out.push(`| ${k} | ${v.toFixed(0)} | ${k === 'resolve' ? '(kg ingest only)' : `${((100 * v) / total).toFixed(1)} %`} |`);
  out.push('', `Sum ${total.toFixed(0)} ms; extractRecord + JSON.stringify in one piece ${r.stages.extractRecordMs.toFixed(0)} ms.`, '');
  if (r.profile) {
    out.push(`### CPU profile: top self time (kg extract --workers 1 on ${r.stages.articles} articles, ${(r.profile.totalMs / 1000).toFixed(1)} s sampled)`, '');
    if (r.profile.stages) {
      out.push('By stage (each function counted under the stage its file belongs to, bench/profile.mjs):', '');
      out.push('| stage | self | share |', '|---|---|---|');
      for (const f of r.profile.stages) out.push(`| ${f.stage} | ${ms(f.ms)} | ${(100 * f.share).toFixed(1)} % |`);
      out.push('', 'Top functions:', '');
    }
    out.push('| self | share | function | where (line in dist/ JS) |', '|---|---|---|---|');
    for (const f of r.profile.functions.slice(0, 15)) out.push(`| ${ms(f.ms)} | ${(100 * f.share).toFixed(1)} % | \`${f.name}\` | ${f.file}:${f.line} |`);
    out.push('');
  }
  if (r.store) {
    const s = r.store;
    out.push('### Embedded store (target 5)', '');
    out.push(`\`kg ingest\` of ${s.file}: ${(s.ingestMs / 1000).toFixed(1)} s, peak RSS ${s.ingestRssMb} MB, store file ${s.storeMb.toFixed(0)} MB. \`kg serve\` under ${s.concurrency} concurrent requests, ${s.requests} per query after a warm-up.`, '');
    out.push(`The three queries are interleaved in one loop (${s.typename.rps.toFixed(0)} requests/s in all); the meeting has ${s.attendees} attendees, the person ${s.positionsHeld} positions.`, '');
    out.push('| query | requests | p50 | p99 | p50 / `__typename` (< 3×) | p50 one request at a time |', '|---|---|---|---|---|---|');
    for (const [k, label] of [['typename', '`{ __typename }`'], ['attendance', "a meeting's attendance"], ['positions', "a person's positions"]]) {
      const ratio = s[k].p50 / s.typename.p50;
      out.push(`| ${label} | ${s[k].requests} | ${s[k].p50.toFixed(2)} ms | ${s[k].p99.toFixed(2)} ms | ${k === 'typename' ? '1' : `**${ratio.toFixed(2)}×**`} | ${s.serial ? `${s.serial[k].p50.toFixed(2)} ms` : '–'} |`);
    }
    out.push('');
  }
  out.push('### Neo4j loading (target 6)', '');
  const n4 = r.neo4j;
  if (n4?.skipped) out.push(`Skipped: ${n4.skipped}.`, '');
  else if (n4) {
    out.push(`${n4.articles}: batched \`UNWIND … MERGE\` ${n4.nodes} nodes + ${n4.relationships} relationships in ${(n4.batchedMs / 1000).toFixed(1)} s = **${n4.batchedRowsPerSec.toFixed(0)} rows/s**;`);
    out.push(`nodes alone ${n4.batchedNodesPerSec.toFixed(0)} rows/s, relationships alone ${n4.batchedEdgesPerSec.toFixed(0)} rows/s.`);
    out.push(`One \`MERGE\` per row in its own transaction: ${n4.perRowRows} nodes in ${(n4.perRowMs / 1000).toFixed(1)} s = ${n4.perRowRowsPerSec.toFixed(0)} rows/s.`);
    out.push(`Batched / per row **${n4.ratio.toFixed(1)}×** over all rows, **${n4.nodeRatio.toFixed(1)}×** nodes against nodes (≥ 20×: ${verdict(n4.ratio >= 20)}).`);
    if (n4.admin?.skipped) out.push(`neo4j-admin import: skipped (${n4.admin.skipped}).`);
    else if (n4.admin) out.push(`\`kg export --format neo4j-admin\` ${(n4.admin.exportMs / 1000).toFixed(1)} s + \`neo4j-admin database import full\` ${(n4.admin.importMs / 1000).toFixed(1)} s (a JVM start included).`);
    out.push('');
  }
  if (r.concurrent) out.push(...concurrentLines(r.concurrent));
  if (r.explorer && !r.explorer.skipped) out.push(...explorerLines(r.explorer));
  return `${out.join('\n')}\n`;
}

/** The explorer in headless Chromium (bench/explorer.mjs). */
export function explorerLines(x) {
  const q = x.query.median;
  return ['### The explorer in headless Chromium (software rendering)', '',
    `\`/?q=\` to the drawn neighbourhood of a node with 500 relationships: **${ms(q.drawnMs)}** (median of ${x.query.runs.length} loads), layout settled at ${ms(q.settledMs)}; longest main-thread task meanwhile ${ms(q.longestTaskMs)} (≤ 200 ms: ${verdict(q.longestTaskMs <= 200)}).`,
    `A view of ${x.bigView.order} nodes and ${x.bigView.size} links: drawn at ${ms(x.bigView.drawnMs)}, layout settled at ${ms(x.bigView.settledMs)}; longest task meanwhile ${ms(x.bigView.longestTaskMs)} (≤ 200 ms: ${verdict(x.bigView.longestTaskMs <= 200)}).`,
    `Panning it: **${x.pan.fps.toFixed(1)} frames/s** over ${x.pan.seconds.toFixed(1)} s (longest task ${ms(x.pan.longestTaskMs)}).`, ''];
}

/** The time per character of one long article (bench/lengths.mjs), a table per shape. */
function lengthTables(lengths) {
  const out = ['### One long article: time per character (issue 13)', ''];
  out.push('One article without paragraph breaks (bench/long-article.mjs), from its bytes to JSON lines, each length in a process of its own after a warm-up of a million characters; medians over its repetitions (the first quarter of each process not counted), in two rounds, the lengths taking turns. Wall time; the process\'s CPU time (JIT and GC threads included) in brackets.', '');
  for (const [shape, { rows, ratio }] of Object.entries(lengths)) {
    out.push(`${shape === 'sentences' ? 'Sentences with their punctuation, no line break' : 'Every punctuation mark and space taken out'} (\`${shape}\`):`, '');
    out.push('| characters | repetitions | time (CPU) | µs per character (CPU) | peak RSS |', '|---|---|---|---|---|');
    for (const x of rows) {
      out.push(x.error ? `| ${x.chars} | – | ${x.error} | – | – |`
        : `| ${x.chars} | ${x.runs} | ${ms(x.medianMs)} (${ms(x.cpuMs)}) | ${x.usPerChar.toFixed(2)} (${x.cpuUsPerChar.toFixed(2)}) | ${x.rssMb} MB |`);
    }
    out.push('', `Largest / smallest time per character: ${ratio === null ? 'n/a' : `**${ratio.toFixed(2)}×**`} (≤ 1.3: ${verdict(ratio !== null && ratio <= 1.3)}).`, '');
  }
  return out;
}

/** Many writers at once (bench/concurrent.mjs): each backend's sequential run against its writers. */
export function concurrentLines(c) {
  const out = ['### Many writers at once (issue 13)', ''];
  out.push('One `kg ingest` of all the articles against N at once, of disjoint parts (every N-th article) and of overlapping ones (each a shuffled 60 %, together all). Counts are `kg stats --json`; the content hash covers every node\'s id, names and aliases and every relationship\'s ends, evidence and roles.', '');
  out.push('| store | articles | writers | parts | time | sequential | speed-up | counts | content hash | retried transactions |', '|---|---|---|---|---|---|---|---|---|---|');
  for (const [name, x] of [['graph file', c.store], ['Neo4j', c.neo4j]]) {
    if (!x || x.skipped) { out.push(`| ${name} | skipped (${x?.skipped ?? 'not run'}) | | | | | | | | |`); continue; }
    for (const kind of ['disjoint', 'overlapping']) {
      const y = x[kind];
      out.push(`| ${name} | ${x.articles} | ${x.writers} | ${kind} | ${ms(y.ms)} | ${ms(x.sequentialMs)} | ${(x.sequentialMs / y.ms).toFixed(2)}× | ${y.countsEqual ? 'equal' : '**differ**'} | ${y.hashEqual ? 'equal' : '**differs**'} (${y.hash}) | ${y.retries} |`);
    }
  }
  out.push('');
  return out;
}
