// The explorer page at `/` of `kg serve`: wires the search box, filters, path form and exports to the controller,
// and starts from the URL. window.kgExplorer is the controller (the browser tests and the benchmark read it).
import './style.css';
import { byId } from './dom.js';
import { Explorer } from './explorer.js';
import { downloadGraphml, downloadPng } from './export-view.js';
import { wireFilters } from './filters.js';
import { wireSearch } from './search-box.js';
import { readState } from './view-state.js';

declare global {
  interface Window { kgExplorer: Explorer }
}

const workerUrl = document.querySelector<HTMLMetaElement>('meta[name="kg-layout-worker"]')?.content ?? '';
const explorer = new Explorer({ graph: byId('graph'), panel: byId('panel'), list: byId('in-view'), status: byId('status') }, workerUrl);
window.kgExplorer = explorer;

const search = wireSearch((id) => void explorer.open(id));
const filters = wireFilters((f) => void explorer.setFilters(f));

byId<HTMLFormElement>('path-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const from = byId<HTMLInputElement>('path-from').value.trim();
  const to = byId<HTMLInputElement>('path-to').value.trim();
  if (from && to) void explorer.showPath(from, to);
});

const fileName = (): string => {
  const s = explorer.state;
  return `kg-${(s.node ?? (s.pathFrom ? `${s.pathFrom}-${s.pathTo}` : 'view')).replace(/[^\p{L}\p{N}@-]+/gu, '_')}`;
};
byId('export-png').addEventListener('click', () => void downloadPng(explorer.renderer, fileName()));
byId('export-graphml').addEventListener('click', () => void downloadGraphml(explorer.graph, fileName()));

function start(): void {
  const s = readState(location.search);
  filters.show(s);
  byId<HTMLInputElement>('path-from').value = s.pathFrom ?? '';
  byId<HTMLInputElement>('path-to').value = s.pathTo ?? '';
  if (s.q) {
    search.setText(s.q);
    void explorer.openQuery(s.q, s);
  } else void explorer.go(s, 'none');
}

window.addEventListener('popstate', start);
start();
