// The layout worker: ForceAtlas2 (graphology-layout-forceatlas2) on a copy of the view's graph, posting positions
// back every ~50 ms so the drawing moves while the page stays responsive. A newer job replaces an older one.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { LayoutProgress, LayoutRequest } from './layout-protocol.js';

const port = self as unknown as { onmessage: ((e: MessageEvent<LayoutRequest>) => void) | null; postMessage(m: LayoutProgress): void };
let current = 0;

function graphOf(req: LayoutRequest): Graph {
  const g = new Graph({ type: 'undirected', multi: true });
  const n = req.xy.length / 2;
  for (let i = 0; i < n; i++) g.addNode(i, { x: req.xy[2 * i], y: req.xy[2 * i + 1] });
  for (let i = 0; i + 1 < req.edges.length; i += 2) g.addEdge(req.edges[i], req.edges[i + 1]);
  return g;
}

function positions(g: Graph, n: number): Float32Array {
  const xy = new Float32Array(2 * n);
  g.forEachNode((key, a) => { const i = Number(key); xy[2 * i] = a.x as number; xy[2 * i + 1] = a.y as number; });
  return xy;
}

async function run(req: LayoutRequest): Promise<void> {
  const g = graphOf(req);
  const n = g.order;
  const settings = { ...forceAtlas2.inferSettings(g), barnesHutOptimize: n > 300, adjustSizes: false };
  let left = req.iterations;
  let step = 5;
  while (left > 0) {
    const t0 = performance.now();
    const now = Math.min(step, left);
    forceAtlas2.assign(g, { iterations: now, settings });
    left -= now;
    const ms = performance.now() - t0;
    step = Math.max(1, Math.round((now * 50) / Math.max(1, ms))); // about 50 ms a step
    if (req.job !== current) return;
    const xy = positions(g, n);
    port.postMessage({ job: req.job, xy, done: left === 0 });
    await new Promise((r) => setTimeout(r, 0)); // let a newer job in
  }
}

port.onmessage = (e) => {
  current = e.data.job;
  void run(e.data);
};
