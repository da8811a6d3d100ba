// Messages between the page and its layout worker (ForceAtlas2 off the main thread).

export interface LayoutRequest {
  job: number;
  /** x, y of node i at 2i, 2i + 1 */
  xy: Float32Array;
  /** pairs of node indexes */
  edges: Uint32Array;
  iterations: number;
}

export interface LayoutProgress {
  job: number;
  xy: Float32Array;
  done: boolean;
}

/** More iterations for small views (they are cheap), fewer for large ones. */
export function iterationsFor(order: number): number {
  return order <= 100 ? 300 : order <= 1000 ? 200 : 120;
}
