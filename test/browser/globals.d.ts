// The page's controller as the browser tier and the benchmark read it (web/explorer/main.ts sets window.kgExplorer;
// the page's own types are checked by web/tsconfig.json, not by this program).
interface KgExplorerView {
  idle(): Promise<void>;
  graph: { nodes(): string[]; order: number; size: number };
  renderer: {
    getNodeDisplayData(id: string): { x: number; y: number } | undefined;
    framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
  };
}

interface Window { kgExplorer: KgExplorerView }
