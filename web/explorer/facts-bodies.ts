// Organisations, places and companies: what they are part of, their parts, the posts held in them over time,
// the meetings they organised, the honours a company received.
import { h } from './dom.js';
import { fact, nodeLink, section, type PanelContext } from './evidence.js';
import { hiddenNote, positionTimeline } from './facts-positions.js';
import type { Facts } from './facts-types.js';
import { nodeDates, type ApiNode } from './model.js';
import type { Filters } from './view-state.js';

const links = (title: string, nodes: readonly ApiNode[] | null | undefined, ctx: PanelContext, dates = false): HTMLElement =>
  section(title, (nodes ?? []).map((n) => h('div', { class: 'fact' }, dates ? h('span', { class: 'dates' }, `${nodeDates(n)} `) : null, nodeLink(n, ctx))));

function members(b: Facts, f: Filters, ctx: PanelContext): HTMLElement {
  const rows = positionTimeline(b.members ?? [], f, ctx);
  return section('Members (posts held here)', [rows, hiddenNote(b.members?.length ?? 0, rows.length)]);
}

export function organizationFacts(o: Facts, f: Filters, ctx: PanelContext): HTMLElement[] {
  return [
    links('Part of', o.partOf, ctx), links('Parts', o.children, ctx), members(o, f, ctx),
    links('Meetings organised', o.meetingsOrganized, ctx, true),
  ];
}

export function placeFacts(p: Facts, f: Filters, ctx: PanelContext): HTMLElement[] {
  return [members(p, f, ctx), links('Bodies of the place', p.children, ctx)];
}

export function companyFacts(c: Facts, f: Filters, ctx: PanelContext): HTMLElement[] {
  return [
    links('Located in', c.place ? [c.place] : [], ctx),
    section('Recognitions', (c.recognitions ?? []).map((r) => fact([
      h('span', { class: 'title' }, r.title), r.year ? ` ${r.year}` : '', r.by ? [' by ', nodeLink(r.by, ctx)] : '',
    ], r.evidence))),
    members(c, f, ctx),
  ];
}
