// Every node drawn, as text (for reading, copying and screen readers): grouped by label, in name order, written
// in slices so a view of thousands of nodes never holds the page for long.
import { clear, h } from './dom.js';
import { LABELS, nodeDates, type ApiNode, type Label } from './model.js';

const SLICE = 400;
let generation = 0;

/** Resolves when the whole list is written (or a newer list replaced it). */
export function renderNodeList(el: HTMLElement, nodes: readonly ApiNode[], select: (id: string) => void): Promise<void> {
  const mine = ++generation;
  const groups = new Map<Label, ApiNode[]>(LABELS.map((l) => [l, []]));
  for (const n of nodes) groups.get(n.__typename)?.push(n);
  const lists: [HTMLUListElement, ApiNode[]][] = [];
  clear(el, h('h3', {}, `In the view: ${nodes.length} node${nodes.length === 1 ? '' : 's'}`));
  for (const [label, xs] of groups) {
    if (xs.length === 0) continue;
    xs.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const ul = h('ul', { class: 'node-list', 'data-label': label });
    el.append(h('h4', {}, `${label} (${xs.length})`), ul);
    lists.push([ul, xs]);
  }
  const item = (n: ApiNode): HTMLElement => h('li', {}, h('button', { type: 'button', 'data-id': n.id, 'on:click': () => select(n.id) }, n.name),
    nodeDates(n) ? h('span', { class: 'muted' }, ` ${nodeDates(n)}`) : null);
  const work = lists.flatMap(([ul, xs]) => xs.map((n) => [ul, n] as const));
  delete el.dataset.complete;
  return new Promise((resolve) => {
    const step = (from: number): void => {
      if (mine !== generation) { resolve(); return; }
      for (const [ul, n] of work.slice(from, from + SLICE)) ul.append(item(n));
      if (from + SLICE < work.length) { setTimeout(() => step(from + SLICE), 0); return; }
      el.dataset.complete = 'true';
      resolve();
    };
    step(0);
  });
}

/** Until a large view's layout settles, the list says so (writing thousands of items would slow the drawing). */
export function pendingNodeList(el: HTMLElement, count: number): void {
  ++generation;
  delete el.dataset.complete;
  clear(el, h('h3', {}, `In the view: ${count} nodes`), h('p', { class: 'muted' }, 'listed once the layout has settled'));
}
