// A meeting: its days, place and organiser, the attendees in protocol order with their roles and sentences, the
// articles that report it. An article: its headlines, reporters and the meetings it names.
import { h } from './dom.js';
import { fact, nodeLink, roleChips, section, type PanelContext } from './evidence.js';
import { hiddenNote } from './facts-positions.js';
import { roleKept, type Facts } from './facts-types.js';
import { nodeDates } from './model.js';
import type { Filters } from './view-state.js';

export function meetingFacts(m: Facts, f: Filters, ctx: PanelContext, offset: number): HTMLElement[] {
  const attendees = m.attendees ?? [];
  const shown = attendees.filter((a) => roleKept(a.roles, f));
  return [
    h('p', { class: 'about' }, nodeDates(m), m.kind ? ` · ${m.kind}` : '', m.reported === false ? ' · referred to, not reported' : '',
      m.place ? [' · at ', nodeLink(m.place, ctx)] : '', m.organizer ? [' · organised by ', nodeLink(m.organizer, ctx)] : ''),
    section('Attendees, in protocol order', [
      h('ol', { class: 'attendees', start: offset + 1 }, shown.map((a) => h('li', {}, fact([nodeLink(a.person, ctx), ' ', roleChips(a.roles)], a.evidence)))),
      hiddenNote(attendees.length, shown.length),
    ]),
    section('Reported in', (m.articles ?? []).map((a) => h('div', { class: 'fact' }, h('span', { class: 'dates' }, `${nodeDates(a)} `), nodeLink(a, ctx)))),
  ];
}

export function articleFacts(a: Facts, _f: Filters, ctx: PanelContext): HTMLElement[] {
  return [
    h('p', { class: 'about' }, nodeDates(a), a.source ? ` · ${a.source}` : ''),
    ...(a.headlines?.length ? [section('Headlines', a.headlines.map((t) => h('div', { class: 'fact' }, t)))] : []),
    section('Reporters', (a.reporters ?? []).map((p) => h('div', { class: 'fact' }, nodeLink(p, ctx)))),
    section('Meetings named', (a.meetings ?? []).map((m) => h('div', { class: 'fact' }, h('span', { class: 'dates' }, `${nodeDates(m)} `), nodeLink(m, ctx)))),
  ];
}
