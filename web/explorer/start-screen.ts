// What the panel shows before anything is chosen: how to begin, and a few people and meetings to begin with.
import { gql } from './api.js';
import { h } from './dom.js';
import { section } from './evidence.js';
import { nodeDates, type ApiNode } from './model.js';
import { NODE_FIELDS } from './queries.js';

const START = `query Start { stats { nodes { label count } }
  meetings(limit: 15) { ...N } people(limit: 15) { ...N } }
${NODE_FIELDS}`;

export async function startScreen(open: (id: string) => void): Promise<HTMLElement> {
  const d = await gql<{ stats: { nodes: { label: string; count: number }[] }; meetings: ApiNode[]; people: ApiNode[] }>(START);
  const item = (n: ApiNode) => h('li', {}, h('button', { type: 'button', class: 'link', 'data-id': n.id, 'on:click': () => open(n.id) }, n.name),
    nodeDates(n) ? h('span', { class: 'muted' }, ` ${nodeDates(n)}`) : null);
  return h('div', { class: 'start' },
    h('p', {}, 'Search a name above, or begin with one of these. A click on a node draws its neighbours; a double click makes it the centre.'),
    h('p', { class: 'muted' }, d.stats.nodes.map((c) => `${c.label} ${c.count}`).join(' · ') || 'The graph is empty: ingest articles first.'),
    section('Meetings', [h('ul', {}, d.meetings.map(item))]),
    section('People', [h('ul', {}, d.people.map(item))]));
}
