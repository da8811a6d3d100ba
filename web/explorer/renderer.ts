// sigma.js over the view's graph: labels in a CJK font, edge labels (types, roles, titles), the selected node and
// its neighbours highlighted; click and double click handed to the page.
import Sigma from 'sigma';
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
    zIndex: true,
    nodeReducer: (id, a) => {
      const sel = selected();
      if (!sel || !graph().hasNode(sel)) return a;
      if (id === sel) return { ...a, highlighted: true, zIndex: 2 };
      return graph().areNeighbors(id, sel) ? { ...a, zIndex: 1 } : { ...a, color: '#d5d9dd', label: a.size > 10 ? a.label : '' };
    },
    edgeReducer: (edge, a) => {
      const sel = selected();
      if (!sel || !graph().hasNode(sel)) return a;
      return graph().hasExtremity(edge, sel) ? { ...a, size: 2.5, zIndex: 1 } : { ...a, color: '#eceff1', label: '' };
    },
  });
  renderer.on('clickNode', ({ node }) => on.click(node));
  renderer.on('doubleClickNode', (e) => {
    e.preventSigmaDefault();
    on.doubleClick(e.node);
  });
  return renderer;
}
