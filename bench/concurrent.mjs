// Many writers at once (issue 13): N `kg ingest` processes into one graph file, and N `kg ingest --neo4j` into one
// Neo4j, against one sequential ingest of all the articles — counts, a content hash and wall time, in one run.
// Parts are disjoint (every N-th article: the time comparison) and overlapping (each a shuffled 60 % of the
// articles, together all of them: the convergence a lost update or a duplicate would break).
//   node bench/concurrent.mjs [--size 1000] [--neo4j-size 100] [--writers 4] [--no-store] [--no-neo4j]   (run.mjs runs it too)
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rng } from './generate-corpus.mjs';

const KG = 'bin/kg.js';
const SHARE = 0.6;
const freePort = () => new Promise((res) => { const s = createServer(); s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => res(p)); }); });

function shuffled(xs, seed) {
  const next = rng(seed);
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) { const j = Math.floor(next() * (i + 1)); [out[i], out[j]] = [out[j], out[i]]; }
  return out;
}

/** { disjoint, overlapping }: n parts each, as JSON-lines files under `dir`. */
function writeParts(lines, n, dir) {
  const disjoint = Array.from({ length: n }, (_, k) => lines.filter((_l, i) => i % n === k));
  const overlapping = Array.from({ length: n }, (_, k) => shuffled(lines, 100 + k).slice(0, Math.ceil(lines.length * SHARE)));
  const covered = new Set(overlapping.flat());
  overlapping[0].push(...lines.filter((l) => !covered.has(l)));
  const write = (name, parts) => parts.map((p, k) => { const f = join(dir, `${name}-${k}.jsonl`); writeFileSync(f, `${p.join('\n')}\n`); return f; });
  return { disjoint: write('disjoint', disjoint), overlapping: write('overlapping', overlapping) };
}

function kgAsync(args, env) {
  return new Promise((res, rej) => {
    const child = spawn(process.execPath, [KG, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d) => { stderr += d; });
    child.on('error', rej);
    child.on('close', (code) => (code === 0 ? res(stderr) : rej(new Error(`kg ${args.join(' ')} exited ${code}: ${stderr.slice(-400)}`))));
  });
}

/** Wall ms of running every `args` at once; the retries they reported. */
async function together(argsList, env) {
  const t0 = performance.now();
  const errs = await Promise.all(argsList.map((a) => kgAsync(a, env)));
  return { ms: performance.now() - t0, retries: errs.join('').split('\n').filter((l) => l.includes(' retried (attempt ')).length };
}

function stats(target, env) {
  const r = spawnSync(process.execPath, [KG, 'stats', '--json', ...target], { encoding: 'utf8', env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`kg stats failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** sha256 of every node's id, names and aliases and every relationship's id, ends, evidence and roles, sorted. */
async function contentHash(store) {
  const lines = [];
  for await (const n of store.allNodes()) lines.push(`${n.id} ${n.label} ${n.name} ${[...n.aliases].sort().join('|')}`);
  for await (const e of store.allEdges()) {
    lines.push(`${e.id} ${e.from} ${e.to} ${e.evidence.map((x) => `${x.article}@${x.start}`).sort().join(',')} ${JSON.stringify(e.props.roles ?? null)}`);
  }
  return createHash('sha256').update(lines.sort().join('\n')).digest('hex').slice(0, 16);
}

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/** One backend: a sequential reference, then the disjoint and the overlapping parts at once. */
async function compare({ label, reference, parts, measure, reset, say, env = {} }) {
  await reset();
  const t0 = performance.now();
  await together([reference], env);
  const seq = { ms: performance.now() - t0, ...(await measure()) };
  const out = { sequentialMs: seq.ms, counts: seq.counts, hash: seq.hash };
  for (const kind of ['disjoint', 'overlapping']) {
    await reset();
    const run = await together(parts[kind], env);
    const got = await measure();
    out[kind] = { ms: run.ms, retries: run.retries, countsEqual: same(got.counts, seq.counts), hashEqual: got.hash === seq.hash, hash: got.hash };
    say(`  ${label}: ${parts[kind].length} writers, ${kind} parts: ${(run.ms / 1000).toFixed(1)} s against ${(seq.ms / 1000).toFixed(1)} s sequential `
      + `(${(seq.ms / run.ms).toFixed(2)}×); counts ${out[kind].countsEqual ? 'equal' : 'DIFFER'}, content hash ${got.hash} ${out[kind].hashEqual ? '= ' : '≠ '}${seq.hash}`
      + `${run.retries ? `; ${run.retries} retried transactions` : ''}`);
  }
  return out;
}

async function embedded({ file, parts, work, say }) {
  const { openGraphologyStore } = await import('../dist/graph/graphology-store.js');
  const store = join(work, 'graph.json');
  const ingest = (f) => ['ingest', '--jsonl', '--workers', '1', '--store', store, f];
  return compare({
    label: 'graph file', say, reference: ingest(file),
    parts: { disjoint: parts.disjoint.map(ingest), overlapping: parts.overlapping.map(ingest) },
    reset: async () => rmSync(store, { force: true }),
    measure: async () => ({ counts: stats(['--store', store]), hash: await contentHash(await openGraphologyStore(store)) }),
  });
}

async function neo4j({ file, parts, work, say }) {
  if (spawnSync('java', ['-version']).error) return { skipped: 'no java on PATH' };
  const local = await import('../scripts/neo4j-local.mjs');
  const env = { ...process.env, NEO4J_HOME_DIR: join(work, 'neo4j'), NEO4J_PORT: String(await freePort()), NEO4J_PASSWORD: '' };
  const { uri } = await local.start(env);
  const { openNeo4jStore } = await import('../dist/neo4j/store.js');
  const store = await openNeo4jStore({ uri });
  const kgEnv = { NEO4J_URI: uri, NEO4J_USER: '', NEO4J_PASSWORD: '' };
  const ingest = (f) => ['ingest', '--neo4j', '--jsonl', '--workers', '1', f];
  try {
    return await compare({
      label: 'Neo4j', say, env: kgEnv, reference: ingest(file),
      parts: { disjoint: parts.disjoint.map(ingest), overlapping: parts.overlapping.map(ingest) },
      reset: () => emptyDatabase(store.driver),
      measure: async () => ({ counts: stats(['--neo4j'], kgEnv), hash: await contentHash(store) }),
    });
  } finally {
    await store.close();
    await local.stop(env);
  }
}

/** Deletes every node in transactions of 10,000 (an implicit transaction: the only kind that may run CALL … IN TRANSACTIONS). */
async function emptyDatabase(driver) {
  const session = driver.session();
  try {
    await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

/** One backend's part: `file`'s articles split among `writers`. */
async function part(run, { file, writers, say }) {
  const work = mkdtempSync(join(tmpdir(), 'kg-bench-concurrent-'));
  try {
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    const parts = writeParts(lines, writers, work);
    return { file, articles: lines.length, writers, ...(await run({ file, parts, work, say })) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * `storeFile` into one graph file and `neo4jFile` into one Neo4j (a local one on a free port, started and stopped
 * here), each by `writers` processes at once and by one; a null file skips that part (`why`: the reason printed).
 */
export async function concurrentIngest({ storeFile, neo4jFile, writers = 4, why = {}, say }) {
  say(`\n== many writers at once: ${writers} kg ingest processes against one sequential ingest`);
  const store = storeFile ? await part(embedded, { file: storeFile, writers, say }) : { skipped: why.store ?? '--no-store' };
  const neo4jPart = neo4jFile ? await part(neo4j, { file: neo4jFile, writers, say }) : { skipped: why.neo4j ?? '--no-neo4j' };
  if (store.skipped) say(`  graph file: skipped (${store.skipped})`);
  if (neo4jPart.skipped) say(`  Neo4j: skipped (${neo4jPart.skipped})`);
  return { store, neo4j: neo4jPart };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.chdir(new URL('..', import.meta.url).pathname);
  const argv = process.argv.slice(2);
  const arg = (k, d) => { const i = argv.indexOf(`--${k}`); return i >= 0 ? argv[i + 1] : d; };
  const { corpusFile, generate } = await import('./generate-corpus.mjs');
  const sizes = { store: Number(arg('size', '1000')), neo4j: Number(arg('neo4j-size', '100')) };
  for (const size of Object.values(sizes)) await generate({ size });
  await concurrentIngest({
    storeFile: argv.includes('--no-store') ? null : corpusFile(sizes.store),
    neo4jFile: argv.includes('--no-neo4j') ? null : corpusFile(sizes.neo4j),
    writers: Number(arg('writers', '4')), say: (x) => process.stdout.write(`${x}\n`),
  });
}
