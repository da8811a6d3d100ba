// The explorer in headless Chromium (software rendering): the time from `/?q=` to the drawn neighbourhood of a node
// with 500 relationships, the frame rate while panning a view of 5,000 nodes, and the longest task the page ran
// while laying out (the layout runs in a worker; target: never above 200 ms). Part of `npm run bench`; alone:
// `node bench/explorer.mjs` (after `npm run build`).
import { mkdirSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { findChromium, openBrowser } from '../scripts/chromium.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const HUB = '基准测试推进会';
const BIG = (i) => `基准测试大会${i}`;

const person = (i) => ({ id: `person:测试人员${i}`, label: 'Person', name: `测试人员${i}`, aliases: [], props: {} });
const meeting = (name) => ({ id: `meeting:${name}@2026-05-01`, label: 'Meeting', name, aliases: [], props: { kind: '会议', reported: true, startDate: '2026-05-01', endDate: '2026-05-01' } });
const evidence = (i) => [{ article: 'article:bench', start: i, end: i + 10, sentence: `测试人员${i}出席会议。`, date: '2026-05-02' }];
const attended = (p, m, i) => ({ id: `ATTENDED|${p.id}|${m.id}`, type: 'ATTENDED', from: p.id, to: m.id, props: { roles: ['ATTENDED'], order: i + 1 }, evidence: evidence(i) });

/** A hub meeting with 500 attendees, and five meetings of 999 attendees each organised by one body: 5,001 nodes. */
export async function writeBenchGraph(file) {
  const { openGraphologyStore } = await import('../dist/graph/graphology-store.js');
  const store = await openGraphologyStore(file);
  const org = { id: 'org:基准测试委员会', label: 'Organization', name: '基准测试委员会', aliases: [], props: {} };
  const article = { id: 'article:bench', label: 'Article', name: '基准测试', aliases: [], props: { date: '2026-05-02' } };
  const hub = meeting(HUB);
  const people = Array.from({ length: 5_000 }, (_, i) => person(i));
  const nodes = [org, article, hub, ...people];
  const edges = people.slice(0, 500).map((p, i) => attended(p, hub, i));
  for (let k = 0; k < 5; k++) {
    const m = meeting(BIG(k + 1));
    nodes.push(m);
    edges.push({ id: `ORGANIZED_BY|${m.id}|${org.id}`, type: 'ORGANIZED_BY', from: m.id, to: org.id, props: {}, evidence: evidence(k) });
    people.slice(k * 999, (k + 1) * 999).forEach((p, i) => edges.push(attended(p, m, i)));
  }
  await store.mergeBatch({ nodes, edges });
  await store.flush();
  return { hub: hub.id, org: org.id, big: [1, 2, 3, 4, 5].map((k) => meeting(BIG(k)).id) };
}

function serve(store) {
  const child = spawn(process.execPath, ['bin/kg.js', 'serve', '--store', store, '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /^(http:\/\/127\.0\.0\.1:\d+)\/graphql$/m.exec(out);
      if (m) resolve({ origin: m[1], stop: () => new Promise((r) => { child.once('exit', r); child.kill('SIGTERM'); }) });
    });
    child.once('exit', (code) => reject(new Error(`bench/explorer.mjs: kg serve exited (${code})`)));
  });
}

/** In the page from its first script on: long tasks, and the time the drawing first holds `window.__target` nodes. */
function watch() {
  window.__long = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push({ start: e.startTime, ms: e.duration }); })
    .observe({ type: 'longtask', buffered: true });
  const poll = () => {
    const x = window.kgExplorer;
    if (x && !window.__hooked) {
      window.__hooked = true;
      x.renderer.on('afterRender', () => { if (!window.__drawn && x.graph.order >= (window.__target ?? Infinity)) window.__drawn = performance.now(); });
    }
    if (!window.__hooked) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

/** Pans the camera a little every frame for `ms` and counts the frames sigma rendered. */
function pan(ms) {
  return new Promise((resolve) => {
    const r = window.kgExplorer.renderer;
    const cam = r.getCamera();
    let frames = 0;
    const count = () => { frames++; };
    r.on('afterRender', count);
    const t0 = performance.now();
    const step = () => {
      const t = performance.now() - t0;
      cam.setState({ x: 0.5 + 0.2 * Math.sin(t / 500), y: 0.5 + 0.1 * Math.cos(t / 700) });
      if (t < ms) requestAnimationFrame(step);
      else { r.off('afterRender', count); resolve({ frames, seconds: t / 1000, start: t0 }); }
    };
    requestAnimationFrame(step);
  });
}

const longest = (tasks, from = 0, to = Infinity) => Math.max(0, ...tasks.filter((t) => t.start + t.ms >= from && t.start <= to).map((t) => t.ms));

export async function explorerBench({ say = (s) => process.stdout.write(`${s}\n`) } = {}) {
  const chromium = findChromium();
  if (!chromium) { say('\n== explorer: skipped (no chromium; apt-get install -y chromium)'); return { skipped: 'no chromium' }; }
  mkdirSync(`${ROOT}bench/.tmp`, { recursive: true });
  const ids = await writeBenchGraph(`${ROOT}bench/.tmp/explorer-graph.json`);
  const server = await serve(`${ROOT}bench/.tmp/explorer-graph.json`);
  const b = await openBrowser(chromium, server.origin, { width: 1280, height: 800 });
  try {
    await b.context.addInitScript(watch);
    // 1. /?q= to a drawn neighbourhood of 500 relationships (best of 3 loads after a warm-up)
    const loads = [];
    for (let run = 0; run < 4; run++) {
      await b.page.goto('about:blank');
      await b.context.addInitScript(() => { window.__target = 501; });
      await b.page.goto(`${server.origin}/?q=${encodeURIComponent(HUB)}`);
      await b.page.evaluate(() => window.kgExplorer.idle());
      const m = await b.page.evaluate(() => ({ drawn: window.__drawn, settled: performance.now(), order: window.kgExplorer.graph.order, long: window.__long }));
      if (run > 0) loads.push({ drawnMs: m.drawn, settledMs: m.settled, order: m.order, longestTaskMs: longest(m.long, m.drawn, m.settled) });
    }
    loads.sort((x, y) => x.drawnMs - y.drawnMs);
    const q = loads[Math.floor(loads.length / 2)];
    say(`\n== explorer in headless Chromium (software rendering), ${chromium}`);
    say(`  /?q= to a drawn node with 500 relationships   ${q.drawnMs.toFixed(0)} ms (median of ${loads.length}; ${q.order} nodes), layout settled at ${q.settledMs.toFixed(0)} ms`);
    say(`  longest task while laying it out              ${q.longestTaskMs.toFixed(0)} ms (target ≤ 200 ms)`);
    // 2. a 5,000-node view: load, lay out, then pan
    await b.page.goto('about:blank');
    await b.context.addInitScript(() => { window.__target = 5000; });
    // as a user gets it: the first meeting, its organiser expanded (the other meetings appear), then each of them
    const url = `${server.origin}/?node=${encodeURIComponent(ids.big[0])}&expand=${[ids.org, ...ids.big.slice(1)].map(encodeURIComponent).join(',')}`;
    await b.page.goto(url);
    await b.page.evaluate(() => window.kgExplorer.idle());
    const big = await b.page.evaluate(() => ({ drawn: window.__drawn, settled: performance.now(), order: window.kgExplorer.graph.order, size: window.kgExplorer.graph.size, long: window.__long }));
    const panned = await b.page.evaluate(pan, 5000);
    const after = await b.page.evaluate(() => window.__long);
    const fps = panned.frames / panned.seconds;
    const layoutLong = longest(big.long, big.drawn, big.settled);
    const panLong = longest(after, panned.start, panned.start + panned.seconds * 1000);
    say(`  view of ${big.order} nodes, ${big.size} links: drawn at ${big.drawn.toFixed(0)} ms, layout settled at ${big.settled.toFixed(0)} ms`);
    say(`  longest task while laying it out              ${layoutLong.toFixed(0)} ms (target ≤ 200 ms)`);
    say(`  panning it: ${fps.toFixed(1)} frames/s over ${panned.seconds.toFixed(1)} s (longest task ${panLong.toFixed(0)} ms)`);
    if (b.outside.length) throw new Error(`bench/explorer.mjs: the page asked for ${b.outside.join(', ')}`);
    return {
      chromium, query: { runs: loads, median: q }, bigView: { order: big.order, size: big.size, drawnMs: big.drawn, settledMs: big.settled, longestTaskMs: layoutLong },
      pan: { fps, frames: panned.frames, seconds: panned.seconds, longestTaskMs: panLong },
    };
  } finally {
    await b.close();
    await server.stop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await explorerBench();
