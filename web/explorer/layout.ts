// Drives the layout worker: sends the view's positions and edges, applies the positions that come back (the
// latest only, once per frame, one batched update so the renderer redraws once), says when the layout has settled.
import { iterationsFor, type LayoutProgress } from './layout-protocol.js';
import type { ViewGraph } from './view-graph.js';

export class Layout {
  private readonly worker: Worker;
  private job = 0;
  private ids: string[] = [];
  private at = new Map<string, number>();
  private settle: (() => void) | null = null;
  private latest: LayoutProgress | null = null;
  private lastApplied = 0;
  running = false;

  constructor(workerUrl: string, private readonly graph: () => ViewGraph) {
    this.worker = new Worker(workerUrl);
    this.worker.onmessage = (e: MessageEvent<LayoutProgress>) => this.receive(e.data);
  }

  /** Lays the current graph out; resolves when this run is done or replaced by a newer one. */
  run(): Promise<void> {
    const g = this.graph();
    this.settle?.();
    this.job++;
    this.ids = g.nodes();
    this.at = new Map(this.ids.map((id, i) => [id, i]));
    const index = this.at;
    const xy = new Float32Array(2 * this.ids.length);
    this.ids.forEach((id, i) => { const a = g.getNodeAttributes(id); xy[2 * i] = a.x; xy[2 * i + 1] = a.y; });
    const edges = new Uint32Array(2 * g.size);
    let k = 0;
    g.forEachEdge((_e, _a, s, t) => { edges[k++] = index.get(s) as number; edges[k++] = index.get(t) as number; });
    this.running = this.ids.length > 1;
    if (!this.running) return Promise.resolve();
    const done = new Promise<void>((resolve) => { this.settle = resolve; });
    this.worker.postMessage({ job: this.job, xy, edges, iterations: iterationsFor(this.ids.length) }, [xy.buffer, edges.buffer]);
    return done;
  }

  /** Positions arriving faster than frames are drawn: only the latest is applied, at most once per frame, and in
   * large views at most every (nodes / 20) ms — each redraw of thousands of nodes is costly without a GPU. */
  private receive(p: LayoutProgress): void {
    if (p.job !== this.job) return;
    const waiting = this.latest !== null;
    this.latest = p;
    if (waiting) return;
    const wait = Math.max(0, this.lastApplied + this.ids.length / 20 - performance.now());
    setTimeout(() => requestAnimationFrame(() => {
      const q = this.latest;
      this.latest = null;
      if (q && q.job === this.job) this.apply(q);
    }), p.done ? 0 : wait);
  }

  private apply(p: LayoutProgress): void {
    this.lastApplied = performance.now();
    const g = this.graph();
    g.updateEachNodeAttributes((id, a) => {
      const i = this.at.get(id);
      return i === undefined ? a : { ...a, x: p.xy[2 * i], y: p.xy[2 * i + 1] };
    }, { attributes: ['x', 'y'] });
    if (p.done) {
      this.running = false;
      this.settle?.();
      this.settle = null;
    }
  }
}
