// Positions as a timeline: one row per post, first and last seen, a bar on the common span, the sentences.
import { h } from './dom.js';
import { fact, nodeLink, spanOf, timelineBar, type PanelContext } from './evidence.js';
import { overlaps, type HeldPosition, type MemberPosition } from './facts-types.js';
import type { Filters } from './view-state.js';

const seen = (p: { firstSeen: string | null; lastSeen: string | null }): string =>
  `${p.firstSeen ?? '?'} → ${p.lastSeen ?? p.firstSeen ?? '?'}`;

const byFirstSeen = <T extends { firstSeen: string | null }>(a: T, b: T): number =>
  (a.firstSeen ?? '9999') < (b.firstSeen ?? '9999') ? -1 : (a.firstSeen ?? '9999') > (b.firstSeen ?? '9999') ? 1 : 0;

/** A person's posts (the organisation named) or a body's post holders (the person named). */
export function positionTimeline(rows: readonly (HeldPosition | MemberPosition)[], f: Filters, ctx: PanelContext): HTMLElement[] {
  const kept = rows.filter((p) => overlaps(p.firstSeen, p.lastSeen, f)).sort(byFirstSeen);
  const span = spanOf(kept);
  return kept.map((p) => {
    const other = 'person' in p ? p.person : p.organization;
    return fact([
      h('span', { class: 'title' }, p.title), ' ',
      other ? nodeLink(other, ctx) : h('span', { class: 'muted' }, '(unknown)'), ' ',
      h('span', { class: 'dates' }, seen(p)),
    ], p.evidence, timelineBar(p.firstSeen, p.lastSeen, span));
  });
}

export const hiddenNote = (all: number, shown: number): HTMLElement | null =>
  all > shown ? h('p', { class: 'muted' }, `${all - shown} more hidden by the filters`) : null;
