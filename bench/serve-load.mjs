// The embedded store under load: ingest a corpus, serve it, and time three queries with a bounded concurrent
// loop of our own on 127.0.0.1 (p50/p99 per query; the ratios of medians to `{ __typename }`).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const freePort = () => new Promise((res) => { const s = createServer(); s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => res(p)); }); });
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]; };

async function post(url, query) {
  const t0 = performance.now();
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = await r.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { ms: performance.now() - t0, body };
}

/** The queries interleaved (a, b, c, a, b, c, …) under one concurrent loop, so each meets the same server state. */
async function load(url, queries, requests, concurrency) {
  const names = Object.keys(queries);
  const times = Object.fromEntries(names.map((n) => [n, []]));
  const total = requests * names.length;
  let next = 0;
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < total) {
      const name = names[next++ % names.length];
      times[name].push((await post(url, queries[name])).ms);
    }
  }));
  const rps = total / ((performance.now() - t0) / 1000);
  return Object.fromEntries(names.map((n) => [n, { requests: times[n].length, p50: pct(times[n], 50), p99: pct(times[n], 99), rps }]));
}

export async function serveLoad({ file, requests, concurrency, say }) {
  const store = join(mkdtempSync(join(tmpdir(), 'kg-bench-')), 'graph.json');
  const t0 = performance.now();
  const ing = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, 'bin/kg.js', 'ingest', '--jsonl', '--store', store, file], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (ing.status !== 0) throw new Error(`bench/serve-load.mjs: kg ingest failed: ${ing.stderr.slice(-500)}`);
  const ingestMs = performance.now() - t0;
  const ingestRssMb = Math.round(Number(ing.stderr.trim().split('\n').pop()) / 1024);
  const storeMb = statSync(store).size / 1e6;
  const port = await freePort();
  const server = spawn(process.execPath, ['bin/kg.js', 'serve', '--store', store, '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  await new Promise((res, rej) => {
    const timer = setTimeout(() => rej(new Error(`bench/serve-load.mjs: kg serve did not start in 120 s: ${log}`)), 120_000);
    const seen = (d) => { log += d; if (/graphql/i.test(String(d))) { clearTimeout(timer); res(); } };
    server.stdout.on('data', seen);
    server.stderr.on('data', seen);
    server.once('exit', (code) => { clearTimeout(timer); rej(new Error(`bench/serve-load.mjs: kg serve exited (${code}): ${log}`)); });
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  try {
    const meetingId = (await post(url, '{ meetings(limit: 1) { id } }')).body.data.meetings[0].id;
    // a person who holds a position, so the query has work to do
    const people = (await post(url, '{ people(limit: 100) { name positions { title } } }')).body.data.people;
    const person = (people.find((p) => p.positions.length > 0) ?? people[0]).name;
    const queries = {
      typename: '{ __typename }',
      attendance: `{ meeting(id: ${JSON.stringify(meetingId)}) { attendees { person { name } roles } } }`,
      positions: `{ person(name: ${JSON.stringify(person)}) { positions { title organization { name } } } }`,
    };
    const out = { file, ingestMs, ingestRssMb, storeMb, requests, concurrency, meetingId, person };
    const sample = await Promise.all([post(url, queries.attendance), post(url, queries.positions)]);
    out.attendees = sample[0].body.data.meeting?.attendees.length ?? 0;
    out.positionsHeld = sample[1].body.data.person?.positions.length ?? 0;
    const warm = Math.min(200, requests);
    await load(url, queries, warm, concurrency); // warm-up
    Object.assign(out, await load(url, queries, requests, concurrency));
    out.serial = await load(url, queries, Math.min(requests, 300), 1); // one at a time: the cost of each query alone
    out.attendanceRatio = out.attendance.p50 / out.typename.p50;
    out.positionsRatio = out.positions.p50 / out.typename.p50;
    say(`\n== embedded store (${file}): ingest ${(ingestMs / 1000).toFixed(1)} s, peak RSS ${ingestRssMb} MB, store file ${storeMb.toFixed(0)} MB`);
    say(`  ${requests} requests per query, the three interleaved, ${concurrency} at a time, on 127.0.0.1, after ${3 * warm} to warm up`);
    say(`  (meeting ${meetingId}: ${out.attendees} attendees; ${person}: ${out.positionsHeld} positions)`);
    for (const k of ['typename', 'attendance', 'positions']) say(`  ${k.padEnd(11)} p50 ${out[k].p50.toFixed(2)} ms  p99 ${out[k].p99.toFixed(2)} ms  (${out[k].requests} requests)`);
    say(`  one request at a time: p50 ${['typename', 'attendance', 'positions'].map((k) => `${k} ${out.serial[k].p50.toFixed(2)} ms`).join(', ')}`);
    say(`  all three together ${out.typename.rps.toFixed(0)} requests/s`);
    say(`  ratio of medians to { __typename }: attendance ${out.attendanceRatio.toFixed(2)}×, positions ${out.positionsRatio.toFixed(2)}× (target < 3×)`);
    return out;
  } finally {
    server.kill('SIGTERM');
    await new Promise((res) => (server.exitCode !== null ? res() : server.once('exit', res)));
    rmSync(dirname(store), { recursive: true, force: true });
  }
}
