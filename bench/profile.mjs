// CPU profile of a whole `kg extract --jsonl --workers 1` run (node --cpu-prof), summarised: the functions
// with the most self time, and self time per source file.
//   node bench/profile.mjs bench/corpus/articles-10000.jsonl [--top 20]
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
// started with kg's V8 flags itself, kg extract runs in this node (src/cli/relaunch.ts): the profile is of the work
const { V8_FLAGS } = await import(new URL('../dist/cli/v8-flags.js', import.meta.url).href);

/** Runs the profile; returns { totalMs, functions: [{name, file, line, ms, share}], files: [{file, ms, share}] } */
export function profileExtract(file, { top = 20 } = {}) {
  const dir = join(ROOT, 'bench/.tmp/prof');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const r = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, ...V8_FLAGS.map((f) => f.flag), join(ROOT, 'bin/kg.js'), 'extract', '--jsonl', '--workers', '1', file],
    { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`bench/profile.mjs: kg extract failed: ${r.stderr.slice(-400)}`);
  const name = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!name) throw new Error(`bench/profile.mjs: no .cpuprofile in ${dir}`);
  return summarise(JSON.parse(readFileSync(join(dir, name), 'utf8')), top);
}

function where(url) {
  if (!url) return '(native)';
  const path = url.replace(/^file:\/\//, '');
  const rel = path.startsWith(ROOT) ? relative(ROOT, path) : path.replace(/^.*node_modules\//, 'node_modules/');
  return rel.replace(/^dist\/(.*)\.js$/, 'src/$1.ts');
}

/** The pipeline stage a profiled function belongs to, from its file (and, for nodejieba, its function). */
const CATEGORIES = [
  [/^node_modules\/nodejieba\/.*\|load$/, 'jieba dictionary load (start-up)'],
  [/^node_modules\/nodejieba\//, 'segment (nodejieba cut, tags)'],
  // a trie's look-ups are the recognisers' and relations' work, its building is start-up
  [/^src\/lexicon\/(trie|flat-trie)\.ts\|(longest|all|get$|has$|firstNode|lastNode|child|at$|suffixOf|matchAll|findAll)/, 'trie look-ups (recognise, relate)'],
  [/^src\/(lexicon\/|extract\/recognise\/(knowledge|place-trie))/, 'lexicon load (start-up)'],
  [/^src\/io\//, 'decode (read, JSON lines)'],
  [/^src\/text\/(sentences)/, 'split'],
  // the tag table's snapshot read is start-up; its look-ups are segmentation (src/text/jieba-tags.ts)
  [/^src\/text\/jieba-tag-snapshot/, 'lexicon load (start-up)'],
  [/^src\/text\/(segment|jieba-tags)/, 'segment (nodejieba cut, tags)'],
  [/^src\/text\//, 'normalise'],
  [/^src\/extract\/recognise\//, 'recognise'],
  [/^src\/extract\/(relate\/|build-record|entities|dates|region)/, 'relate'],
  [/^src\/extract\/(worker|pool|pipeline)|^src\/cli\/|^\(native\)\|writeBuffer/, 'serialise, write'],
  [/^src\/extract\//, 'article plumbing (page.ts, article.ts)'],
  [/\(garbage collector\)/, 'garbage collector'],
  [/\((idle|program)\)/, 'idle, program'],
];

function category(file, name) {
  const key = `${file}|${name}`;
  return CATEGORIES.find(([re]) => re.test(key))?.[1] ?? 'node runtime, other';
}

export function summarise(profile, top) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
  const fns = new Map();
  const files = new Map();
  const stages = new Map();
  let totalMs = 0;
  for (const [id, ms] of self) {
    const { callFrame: c } = byId.get(id);
    totalMs += ms;
    const file = where(c.url);
    const key = `${c.functionName || '(anonymous)'}|${file}|${c.lineNumber + 1}`;
    fns.set(key, (fns.get(key) ?? 0) + ms);
    files.set(file, (files.get(file) ?? 0) + ms);
    const cat = category(file, c.functionName);
    stages.set(cat, (stages.get(cat) ?? 0) + ms);
  }
  const rows = (m, f) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, ms]) => ({ ...f(k), ms, share: ms / totalMs }));
  return {
    totalMs,
    functions: rows(fns, (k) => { const [name, file, line] = k.split('|'); return { name, file, line: Number(line) }; }),
    files: rows(files, (file) => ({ file })),
    stages: rows(stages, (stage) => ({ stage })),
  };
}

export function formatProfile(p, say, top = 15) {
  say(`  ${p.totalMs.toFixed(0)} ms sampled; top self time by function (line numbers are in dist/ JS):`);
  for (const f of p.functions.slice(0, top)) say(`    ${(100 * f.share).toFixed(1).padStart(5)} %  ${f.ms.toFixed(0).padStart(6)} ms  ${f.name}  ${f.file}:${f.line}`);
  say('  by stage (whole process, from the file of each function):');
  for (const f of p.stages) say(`    ${(100 * f.share).toFixed(1).padStart(5)} %  ${f.ms.toFixed(0).padStart(6)} ms  ${f.stage}`);
  say('  by file:');
  for (const f of p.files.slice(0, top)) say(`    ${(100 * f.share).toFixed(1).padStart(5)} %  ${f.ms.toFixed(0).padStart(6)} ms  ${f.file}`);
}

if (process.argv[1]?.endsWith('profile.mjs')) {
  const i = process.argv.indexOf('--top');
  const top = i > 0 ? Number(process.argv[i + 1]) : 20;
  formatProfile(profileExtract(process.argv[2] ?? join(ROOT, 'bench/corpus/articles-1000.jsonl'), { top }), (s) => process.stdout.write(`${s}\n`), top);
}
