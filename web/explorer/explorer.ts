// The explorer's controller: the view state (in the URL), the graph drawn from it, the panel, the layout.
// Operations run one after another; idle() resolves when every load and the layout have finished.
import type Sigma from 'sigma';
import { gql } from './api.js';
import { clear } from './dom.js';
import { Layout } from './layout.js';
import { pendingNodeList, renderNodeList } from './node-list.js';
import { Panel } from './panel.js';
import { fetchPath, pathSection, stepRel } from './path-view.js';
import { AROUND, AROUND_LIMIT } from './queries.js';
import { createRenderer, LARGE_VIEW, showGraph } from './renderer.js';
import { searchNodes } from './search-box.js';
import { DEFAULT_TYPES, type ApiNode, type ApiRel } from './model.js';
import { addNode, addRel, drawnNodes, newViewGraph, sizeNodes, type EdgeAttrs, type NodeAttrs, type ViewGraph } from './view-graph.js';
import { emptyState, writeState, type Filters, type ViewState } from './view-state.js';
import { startScreen } from './start-screen.js';

export interface ExplorerElements { graph: HTMLElement; panel: HTMLElement; list: HTMLElement; status: HTMLElement }
type Around = { center: ApiNode | null; total: number; relationships: ApiRel[] };

const filtersOf = (s: ViewState): Filters => ({ from: s.from, to: s.to, roles: s.roles, types: s.types });

export class Explorer {
  /** the graph drawn; replaced whole by every change (see swap) */
  graph: ViewGraph = newViewGraph();
  readonly renderer: Sigma<NodeAttrs, EdgeAttrs>;
  readonly panel: Panel;
  private readonly layout: Layout;
  state: ViewState = emptyState();
  private work: Promise<void> = Promise.resolve();
  private settled: Promise<void> = Promise.resolve();
  private notes: string[] = [];

  constructor(private readonly els: ExplorerElements, workerUrl: string) {
    this.renderer = createRenderer(els.graph, this.graph, { click: (id) => this.click(id), doubleClick: (id) => this.open(id) }, () => this.state.select);
    this.layout = new Layout(workerUrl, () => this.graph);
    this.panel = new Panel(els.panel, { open: (id) => this.open(id), expand: (id) => this.expand(id), filters: () => filtersOf(this.state) });
  }

  /** Resolves once nothing is loading and the layout has settled. */
  async idle(): Promise<void> {
    let w: Promise<void>;
    do { w = this.work; await w; await this.settled; } while (w !== this.work);
  }

  private run(op: () => Promise<void>): Promise<void> {
    document.body.dataset.state = 'loading';
    this.work = this.work.then(op).catch((err: unknown) => this.say(`error: ${(err as Error).message}`)).then(() => {
      document.body.dataset.state = this.layout.running ? 'layout' : 'ready';
    });
    return this.work;
  }

  private say(text: string): void { this.els.status.textContent = text; }

  /** Shows a state: writes the URL ('push' adds a history entry) and rebuilds the drawing. */
  go(state: ViewState, how: 'push' | 'replace' | 'none'): Promise<void> {
    this.state = state;
    const url = `${location.pathname}${writeState(state)}`;
    if (how === 'push') history.pushState(null, '', url);
    else if (how === 'replace') history.replaceState(null, '', url);
    return this.run(() => this.rebuild());
  }

  open(id: string): Promise<void> {
    return this.go({ ...filtersOf(this.state), q: null, node: id, expand: [], select: id, pathFrom: null, pathTo: null }, 'push');
  }

  showPath(from: string, to: string): Promise<void> {
    return this.go({ ...filtersOf(this.state), q: null, node: null, expand: [], select: null, pathFrom: from, pathTo: to }, 'push');
  }

  setFilters(f: Filters): Promise<void> { return this.go({ ...this.state, ...f }, 'push'); }

  /** `?q=`: the best match of a search becomes the centre (the URL then names it). */
  openQuery(q: string, base: ViewState): Promise<void> {
    return this.run(async () => {
      const [best] = await searchNodes(q, 1);
      if (!best) { this.say(`nothing named “${q}”`); return; }
      void this.go({ ...base, q: null, node: best.id, select: best.id }, 'replace');
    });
  }

  select(id: string): void {
    this.state = { ...this.state, select: id };
    history.replaceState(null, '', `${location.pathname}${writeState(this.state)}`);
    this.renderer.refresh();
    void this.run(() => this.panel.show(id));
  }

  /** A click: select the node and draw its neighbourhood into the view. */
  click(id: string): void {
    this.select(id);
    this.expand(id);
  }

  expand(id: string): void {
    const s = this.state;
    if (id === s.node || s.expand.includes(id)) return;
    this.state = { ...s, expand: [...s.expand, id] };
    history.pushState(null, '', `${location.pathname}${writeState(this.state)}`);
    void this.run(async () => {
      const g = this.graph.copy() as ViewGraph;
      await this.addAround(g, id, false);
      this.swap(g);
    });
  }

  private async rebuild(): Promise<void> {
    const s = this.state;
    const kept = new Map(this.graph.mapNodes((id, a) => [id, { x: a.x, y: a.y }] as const));
    const g = newViewGraph();
    this.notes = [];
    if (s.pathFrom && s.pathTo) await this.addPath(g, s.pathFrom, s.pathTo);
    else if (s.node) await this.addAround(g, s.node, true);
    for (const id of s.expand) if (g.hasNode(id)) await this.addAround(g, id, false);
    g.updateEachNodeAttributes((id, a) => ({ ...a, ...(kept.get(id) ?? {}) }), { attributes: ['x', 'y'] });
    this.renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    this.swap(g);
    const selected = s.select ?? s.node;
    if (selected) await this.panel.show(selected);
    else if (!s.pathFrom) clear(this.els.panel, await startScreen((id) => this.open(id)));
  }

  private async addAround(g: ViewGraph, id: string, asCenter: boolean): Promise<void> {
    const f = filtersOf(this.state);
    const d = await gql<Around>(AROUND, { of: id, types: f.types ?? DEFAULT_TYPES, roles: f.roles, from: f.from, to: f.to, limit: AROUND_LIMIT });
    if (!d.center) { this.notes.push(`no node "${id}"`); return; }
    const at = g.hasNode(id) ? g.getNodeAttributes(id) : null;
    addNode(g, d.center, null, 0, 1, asCenter);
    const near = at ?? { x: 0, y: 0 };
    d.relationships.forEach((r, i) => addNode(g, r.from.id === id ? r.to : r.from, near, i, d.relationships.length));
    for (const r of d.relationships) addRel(g, r);
    if (d.total > d.relationships.length) this.notes.push(`${d.center.name}: ${d.relationships.length} of ${d.total} relationships drawn`);
  }

  private async addPath(g: ViewGraph, from: string, to: string): Promise<void> {
    const steps = await fetchPath(from, to);
    steps.forEach((s, i) => {
      addNode(g, s.from, i === 0 ? null : { x: i, y: 0 }, 0, 1, i === 0);
      addNode(g, s.to, { x: i + 1, y: 0 }, 0, 1, i === steps.length - 1);
      addRel(g, stepRel(s));
    });
    clear(this.els.panel, pathSection(from, to, steps, { open: (id) => this.open(id) }));
  }

  /** The new graph, sized, handed to the renderer and the layout. */
  private swap(g: ViewGraph): void {
    sizeNodes(g);
    this.graph = g;
    showGraph(this.renderer, g);
    const list = () => renderNodeList(this.els.list, drawnNodes(g), (id) => this.select(id));
    const large = g.order >= LARGE_VIEW;
    const listed = large ? (pendingNodeList(this.els.list, g.order), null) : list();
    const center = this.state.node && this.graph.hasNode(this.state.node) ? this.graph.getNodeAttribute(this.state.node, 'label') : null;
    this.say([center ? `Centre: ${center}` : null, `${this.graph.order} nodes, ${this.graph.size} links drawn`, ...this.notes].filter(Boolean).join(' · '));
    this.settled = this.layout.run().then(async () => {
      await (listed ?? (g === this.graph ? list() : null));
      if (document.body.dataset.state === 'layout') document.body.dataset.state = 'ready';
    });
    if (this.layout.running) document.body.dataset.state = 'layout';
  }
}
