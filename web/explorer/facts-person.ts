// A person: posts over time, meetings attended (roles, dates, place) with their sentences, who they met there.
import { h } from './dom.js';
import { fact, nodeLink, roleChips, section, type PanelContext } from './evidence.js';
import { hiddenNote, positionTimeline } from './facts-positions.js';
import { overlaps, roleKept, type Facts } from './facts-types.js';
import { nodeDates } from './model.js';
import type { Filters } from './view-state.js';

export function personFacts(p: Facts, f: Filters, ctx: PanelContext): HTMLElement[] {
  const positions = p.positions ?? [];
  const attended = p.attended ?? [];
  const shown = attended.filter((a) => overlaps(a.meeting.startDate, a.meeting.endDate, f) && roleKept(a.roles, f));
  const posShown = positionTimeline(positions, f, ctx);
  return [
    section('Positions', [posShown, hiddenNote(positions.length, posShown.length)]),
    section('Meetings attended', [
      shown.map((a) => fact([
        h('span', { class: 'dates' }, nodeDates(a.meeting)), ' ', nodeLink(a.meeting, ctx), ' ', roleChips(a.roles),
        a.meeting.place ? h('span', { class: 'muted' }, ` at ${a.meeting.place.name}`) : null,
      ], a.evidence)),
      hiddenNote(attended.length, shown.length),
    ]),
    section('Met at meetings', (p.coAttendees ?? []).map((c) => h('div', { class: 'fact' },
      nodeLink(c.person, ctx), h('span', { class: 'muted' }, ` ×${c.count}: `),
      c.meetings.map((m, i) => [i ? '、' : '', nodeLink(m, ctx)])))),
    ...(p.wrote?.length ? [section('Wrote', p.wrote.map((a) => h('div', { class: 'fact' }, nodeLink(a, ctx), ` ${a.date ?? ''}`)))] : []),
  ];
}
