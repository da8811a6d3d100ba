// Time per character of ONE long article (issue 13): a transcript or a page whose line breaks were lost, at 10k,
// 100k, 1M and 4M characters (bench/long-article.mjs), whole pipeline from the file's bytes to the JSON lines
// (decode, layout, line joining, sentences, segmentation, recognisers, relations, records, serialisation).
// Each length runs in a process of its own (a fresh heap), after a warm-up on other articles (a million characters:
// the JIT has settled, the dictionaries are loaded; start-up is bench/run.mjs's business), and repeats the
// extraction over about half a million characters, the first quarter of the repetitions not counted (the JIT still
// adapts to the new article); the lengths take turns over two rounds. Times are medians over the repetitions, in
// wall time, with the process's CPU time (user + system: the JIT's and GC's helper threads included) beside it; the
// ratio of the largest to the smallest time per character (target ≤ 1.3) is taken on wall time, like every other
// figure of npm run bench: run it on a quiet machine.
//   node bench/lengths.mjs [--lengths 10k,100k,1m,4m] [--shapes sentences,unpunctuated] [--rounds 2] [--root DIR] [--timeout S]
//   --root DIR    measure the compiled code in DIR/dist (another checkout: a commit before a change)
//   --timeout S   stop a length after S seconds and report it as not finished (default 900)
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { parseSize } from './generate-corpus.mjs';

export const LENGTHS = [10_000, 100_000, 1_000_000, 4_000_000];
export const SHAPES = ['sentences', 'unpunctuated'];
const HERE = new URL('.', import.meta.url).pathname;

/** Repetitions at a length in one round: about half a million characters, at least 1, at most 24. */
const repsFor = (chars) => Math.max(1, Math.min(24, Math.round(5e5 / chars)));

/**
 * Measures every shape at every length, the lengths in turn over `rounds` rounds (so that a busy spell of a shared
 * machine falls on all of them); returns { [shape]: { rows: [{chars, runs, cpuMs, medianMs, usPerChar, …}], ratio } }.
 */
export function lengthScaling({ lengths = LENGTHS, shapes = SHAPES, root = new URL('..', import.meta.url).pathname, timeout = 900, rounds = 2, reps = repsFor, say = () => {} } = {}) {
  const out = {};
  for (const shape of shapes) {
    say(`  ${shape}:`);
    const runs = lengths.map((chars) => ({ chars, ms: [], cpuMs: [], maxRssKb: 0, error: null }));
    for (let round = 0; round < rounds; round++) {
      for (const r of runs) {
        if (r.error) continue;
        const m = measure({ root, shape, chars: r.chars, reps: reps(r.chars), timeout });
        if (m.error) { r.error = m.error; continue; }
        r.chars = m.chars;
        // the first quarter of a child's repetitions settle the JIT on the new article: not counted
        const settle = Math.floor(m.ms.length / 4);
        r.ms.push(...m.ms.slice(settle));
        r.cpuMs.push(...m.cpuMs.slice(settle));
        r.maxRssKb = Math.max(r.maxRssKb, m.maxRssKb);
      }
    }
    const rows = runs.map(summarise);
    for (const row of rows) {
      say(row.error
        ? `    ${String(row.chars).padStart(9)} characters  ${row.error}`
        : `    ${String(row.chars).padStart(9)} characters  ${row.medianMs.toFixed(0).padStart(6)} ms (CPU ${row.cpuMs.toFixed(0)} ms; medians of ${row.runs})  ${row.usPerChar.toFixed(2).padStart(5)} µs/character (CPU ${row.cpuUsPerChar.toFixed(2)})  peak RSS ${row.rssMb} MB`);
    }
    const done = rows.filter((r) => !r.error);
    const per = done.map((r) => r.usPerChar);
    const ratio = done.length === rows.length && per.length > 1 ? Math.max(...per) / Math.min(...per) : null;
    say(`    largest / smallest time per character: ${ratio === null ? 'n/a (a length did not finish)' : `${ratio.toFixed(2)}×`} (target ≤ 1.3)`);
    out[shape] = { rows, ratio };
  }
  return out;
}

function summarise(r) {
  if (r.error) return { chars: r.chars, error: r.error };
  const medianMs = median(r.ms);
  const cpuMs = median(r.cpuMs);
  return { chars: r.chars, runs: r.ms.length, medianMs, cpuMs, usPerChar: (1000 * medianMs) / r.chars, cpuUsPerChar: (1000 * cpuMs) / r.chars, rssMb: Math.round(r.maxRssKb / 1024) };
}

/** One length in a child process: { chars, ms: [], cpuMs: [], maxRssKb } or { error }. */
function measure({ root, shape, chars, reps, timeout }) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [new URL('lengths.mjs', `file://${HERE}`).pathname, '--child', root, shape, String(chars), String(reps)],
    { encoding: 'utf8', timeout: timeout * 1000, maxBuffer: 1 << 24, stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.error?.code === 'ETIMEDOUT' || r.signal) return { error: `not finished after ${((performance.now() - t0) / 1000).toFixed(0)} s (stopped)` };
  if (r.status !== 0) return { error: `failed: ${(r.stderr.trim().split('\n').find((l) => /Error|error/.test(l)) ?? r.stderr.trim()).slice(0, 200)}` };
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** The child: warm up, then time `reps` extractions of one article of `chars` characters; prints {chars, ms, maxRssKb}. */
async function child(root, shape, chars, reps) {
  const dist = (p) => import(`file://${root}/dist/${p}`);
  const { longArticle } = await import('./long-article.mjs'); // this checkout's articles, whatever the root
  const [{ decodeBytes }, { prepareBody }, { extractPage }] = await Promise.all([dist('text/decode.js'), dist('io/body.js'), dist('extract/page.js')]);
  const run = (bytes) => {
    const body = prepareBody(decodeBytes(bytes, 'article.txt'), false);
    const records = extractPage(body.text, { source: 'article.txt', original: body.original, ...(body.mapped ? { mapped: body.mapped } : {}) });
    return records.map((x) => JSON.stringify(x)).join('\n').length;
  };
  // warm-up: other articles, a million characters in all, until the JIT has settled (it compiles on other threads)
  for (let seed = 101; seed < 106; seed++) run(Buffer.from(longArticle({ chars: 200_000, seed, shape }).text, 'utf8'));
  const bytes = Buffer.from(longArticle({ chars, seed: 7, shape }).text, 'utf8');
  const ms = [];
  const cpuMs = [];
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    run(bytes);
    const used = process.cpuUsage(c);
    ms.push(performance.now() - t);
    cpuMs.push((used.user + used.system) / 1000);
  }
  const text = bytes.toString('utf8');
  process.stdout.write(`${JSON.stringify({ chars: text.length, ms, cpuMs, maxRssKb: process.resourceUsage().maxRSS })}\n`);
}

const argv = process.argv.slice(2);
if (argv[0] === '--child') {
  await child(argv[1], argv[2], Number(argv[3]), Number(argv[4]));
} else if (process.argv[1]?.endsWith('lengths.mjs')) {
  const arg = (k, d) => { const i = argv.indexOf(`--${k}`); return i >= 0 ? argv[i + 1] : d; };
  const lengths = arg('lengths', '10k,100k,1m,4m').split(',').map(parseSize);
  const shapes = arg('shapes', SHAPES.join(',')).split(',');
  const root = arg('root', new URL('..', import.meta.url).pathname).replace(/\/$/, '');
  process.stdout.write(`== one long article: time per character (${root})\n`);
  lengthScaling({ lengths, shapes, root, timeout: Number(arg('timeout', '900')), rounds: Number(arg('rounds', '2')), say: (s) => process.stdout.write(`${s}\n`) });
}
