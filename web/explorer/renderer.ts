// sigma.js over the view's graph: labels in a CJK font, edge labels (types, roles, titles), the selected node and
// its neighbours highlighted; click and double click handed to the page.
import Sigma from 'sigma';
import { EdgeLineProgram, EdgeRectangleProgram, NodeCircleProgram, NodePointProgram } from 'sigma/rendering';
import type { ViewGraph, NodeAttrs, EdgeAttrs } from './view-graph.js';
import { FONT_STACK } from './style.js';

export interface RendererEvents {
  click(id: string): void;
  doubleClick(id: string): void;
}

export function createRenderer(container: HTMLElement, initial: ViewGraph, on: RendererEvents, selected: () => string | null): Sigma<NodeAttrs, EdgeAttrs> {
  const graph = (): ViewGraph => renderer.getGraph();
  const renderer: Sigma<NodeAttrs, EdgeAttrs> = new Sigma<NodeAttrs, EdgeAttrs>(initial, container, {
    renderEdgeLabels: true,
    labelFont: FONT_STACK,
    edgeLabelFont: FONT_STACK,
    labelSize: 13,
    edgeLabelSize: 10,
    edgeLabelColor: { color: '#56606b' },
    labelRenderedSizeThreshold: 3,
    defaultEdgeType: 'line',
    // large views draw nodes as points and edges as 1-pixel lines (see LARGE_VIEW): far fewer pixels to fill
    nodeProgramClasses: { circle: NodeCircleProgram, point: NodePointProgram },
    edgeProgramClasses: { line: EdgeRectangleProgram, thin: EdgeLineProgram },
    zIndex: true,
    // sigma hands the reducers a copy of the attributes: they change it in place (thousands of nodes a frame)
    nodeReducer: (id, a) => {
      const sel = selected();
      if (!sel || !graph().hasNode(sel)) return a;
      if (id === sel) { a.highlighted = true; a.zIndex = 2; } else if (graph().areNeighbors(id, sel)) a.zIndex = 1;
      else { a.color = '#d5d9dd'; if (a.size <= 10) a.label = ''; }
      return a;
    },
    edgeReducer: (edge, a) => {
      const sel = selected();
      if (!sel || !graph().hasNode(sel)) return a;
      if (graph().hasExtremity(edge, sel)) { a.size = 2.5; a.zIndex = 1; } else { a.color = '#eceff1'; a.label = ''; }
      return a;
    },
  });
  listen(renderer, on);
  return renderer;
}

/** From this many nodes a view is drawn the cheap way: points, 1-pixel lines, no edge labels (with software
 * rendering, as on machines without a GPU, long thick edges cost most of a frame). */
export const LARGE_VIEW = 1500;

/** Hands a new graph to the renderer with the settings its size calls for. */
export function showGraph(renderer: Sigma<NodeAttrs, EdgeAttrs>, g: ViewGraph): void {
  const large = g.order >= LARGE_VIEW;
  g.updateEachNodeAttributes((_id, a) => ({ ...a, type: large ? 'point' : 'circle' }), { attributes: ['type'] });
  g.updateEachEdgeAttributes((_e, a) => ({ ...a, type: large ? 'thin' : 'line' }), { attributes: ['type'] });
  if (renderer.getSetting('renderEdgeLabels') === large) renderer.setSetting('renderEdgeLabels', !large);
  renderer.setGraph(g);
}

function listen(renderer: Sigma<NodeAttrs, EdgeAttrs>, on: RendererEvents): void {
  renderer.on('clickNode', ({ node }) => on.click(node));
  renderer.on('doubleClickNode', (e) => {
    e.preventSigmaDefault();
    on.doubleClick(e.node);
  });
}
