// Per-request context: the store and a small node cache (one lookup per id per request).
import type { GraphNode } from '../graph/model.js';
import type { GraphStore } from '../graph/store.js';

export interface GraphContext {
  store: GraphStore;
  node(id: string): Promise<GraphNode | null>;
}

export function makeContext(store: GraphStore): GraphContext {
  const cache = new Map<string, Promise<GraphNode | null>>();
  return {
    store,
    node(id) {
      let hit = cache.get(id);
      if (!hit) { hit = store.getNode(id); cache.set(id, hit); }
      return hit;
    },
  };
}
