// The search box: names and aliases of people, organisations, companies, places and meetings, typed results in
// the API's rank (exact names first, then by label), Enter or a click opens one.
import { gql } from './api.js';
import { byId, clear, h } from './dom.js';
import { SEARCH_LABELS, nodeDates, type ApiNode } from './model.js';
import { SEARCH } from './queries.js';
import { LABEL_COLORS } from './style.js';

export async function searchNodes(text: string, limit: number): Promise<ApiNode[]> {
  return (await gql<{ search: ApiNode[] }>(SEARCH, { text, limit, labels: SEARCH_LABELS })).search;
}

export function resultItem(n: ApiNode, open: (id: string) => void): HTMLElement {
  const badge = h('span', { class: 'badge' }, n.__typename);
  badge.style.background = LABEL_COLORS[n.__typename];
  const extra = [nodeDates(n), n.kind ?? ''].filter(Boolean).join(' · ');
  return h('li', { role: 'option' }, h('button', { type: 'button', 'data-id': n.id, 'on:click': () => open(n.id) },
    badge, ' ', h('span', { class: 'name' }, n.name), extra ? h('span', { class: 'muted' }, ` ${extra}`) : null));
}

export function wireSearch(open: (id: string) => void): { setText(t: string): void } {
  const form = byId<HTMLFormElement>('search-form');
  const input = byId<HTMLInputElement>('search');
  const list = byId<HTMLUListElement>('search-results');
  let last: ApiNode[] = [];
  let timer: number | undefined;
  let asked = 0;
  const choose = (id: string): void => { clear(list); last = []; open(id); };
  const refresh = async (): Promise<void> => {
    const text = input.value.trim();
    const mine = ++asked;
    const found = text ? await searchNodes(text, 12) : [];
    if (mine !== asked) return;
    last = found;
    clear(list, text && found.length === 0 ? h('li', { class: 'muted' }, `nothing named “${text}”`) : found.map((n) => resultItem(n, choose)));
  };
  input.addEventListener('input', () => { clearTimeout(timer); timer = window.setTimeout(() => void refresh(), 150); });
  input.addEventListener('keydown', (e) => { if (e.key === 'Escape') clear(list); });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    void refresh().then(() => { if (last[0]) choose(last[0].id); });
  });
  return { setText: (t) => { input.value = t; } };
}
