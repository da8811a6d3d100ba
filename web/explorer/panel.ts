// The side panel for the selected node: its facts, each opening onto its evidence, a page of a long list at a time.
import { gql } from './api.js';
import { clear, h } from './dom.js';
import type { PanelContext } from './evidence.js';
import { articleFacts, meetingFacts } from './facts-meeting.js';
import { companyFacts, organizationFacts, placeFacts } from './facts-bodies.js';
import { personFacts } from './facts-person.js';
import type { Facts } from './facts-types.js';
import { labelOfId } from '../../src/graph/ids.js';
import type { Label } from './model.js';
import { PANEL_PAGE, factsQuery } from './queries.js';
import { LABEL_COLORS } from './style.js';
import type { Filters } from './view-state.js';

type Render = (n: Facts, f: Filters, ctx: PanelContext, offset: number) => HTMLElement[];

const RENDER: Record<Label, Render> = {
  Person: personFacts, Organization: organizationFacts, Place: placeFacts, Company: companyFacts,
  Meeting: meetingFacts, Article: articleFacts,
};

/** The list of each label that comes a page at a time. */
const PAGED: Partial<Record<Label, keyof Facts>> = { Person: 'attended', Organization: 'members', Place: 'members', Company: 'members', Meeting: 'attendees' };

export interface PanelHost extends PanelContext {
  filters(): Filters;
  expand(id: string): void;
}

export class Panel {
  private shown: { id: string; offset: number } | null = null;
  private token = 0;

  constructor(private readonly el: HTMLElement, private readonly host: PanelHost) {}

  get current(): string | null { return this.shown?.id ?? null; }

  clear(message = 'Select a node: click it in the drawing or in the list below.'): void {
    this.shown = null;
    clear(this.el, h('p', { class: 'muted' }, message));
  }

  async show(id: string, offset = 0): Promise<void> {
    const label = labelOfId(id);
    if (!label) return this.clear(`"${id}" is not a node id`);
    const token = ++this.token;
    this.el.setAttribute('aria-busy', 'true');
    const vars = label === 'Article' ? { id } : { id, limit: PANEL_PAGE, offset };
    const { node } = await gql<{ node: Facts | null }>(factsQuery(label), vars);
    if (token !== this.token) return; // a later selection won
    this.el.removeAttribute('aria-busy');
    if (!node) return this.clear(`no node "${id}" in the graph`);
    this.shown = { id, offset };
    clear(this.el, this.header(node), RENDER[label](node, this.host.filters(), this.host, offset), this.pager(node, label, offset));
  }

  private header(n: Facts): HTMLElement {
    const badge = h('span', { class: 'badge', title: n.__typename }, n.__typename);
    badge.style.background = LABEL_COLORS[n.__typename];
    return h('header', { class: 'panel-head' }, badge,
      h('h2', { id: 'selected-name' }, n.name),
      n.aliases?.length ? h('p', { class: 'muted' }, `also: ${n.aliases.join('、')}`) : null,
      h('p', { class: 'actions' },
        h('button', { type: 'button', 'on:click': () => this.host.open(n.id) }, 'Centre here'), ' ',
        h('button', { type: 'button', 'on:click': () => this.host.expand(n.id) }, 'Expand')));
  }

  private pager(n: Facts, label: Label, offset: number): HTMLElement | null {
    const key = PAGED[label];
    const rows = key ? (n[key] as unknown[] | undefined) : undefined;
    if (!rows || (offset === 0 && rows.length < PANEL_PAGE)) return null;
    return h('p', { class: 'pager' },
      offset > 0 ? h('button', { type: 'button', 'on:click': () => void this.show(n.id, Math.max(0, offset - PANEL_PAGE)) }, `← previous ${PANEL_PAGE}`) : null, ' ',
      rows.length === PANEL_PAGE ? h('button', { type: 'button', 'on:click': () => void this.show(n.id, offset + PANEL_PAGE) }, `next ${PANEL_PAGE} →`) : null);
  }
}
