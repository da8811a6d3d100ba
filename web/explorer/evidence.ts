// The pieces of the side panel: a fact that opens onto its evidence (each sentence with the names of the
// relationship marked, the article and its date), links to nodes, role chips, a timeline row.
import { h, type Child } from './dom.js';
import type { ApiEvidence, ApiNode, AttendanceRole } from './model.js';
import { LABEL_COLORS } from './style.js';

export interface PanelContext {
  /** make this node the centre of the view */
  open(id: string): void;
}

/** The sentence as text nodes and <mark>s (offsets are into the sentence). */
export function markedSentence(e: ApiEvidence): HTMLElement {
  const q = h('q', { class: 'sentence' });
  let at = 0;
  for (const m of [...e.mentions].sort((a, b) => a.start - b.start)) {
    if (m.start < at || m.end > e.sentence.length) continue;
    q.append(e.sentence.slice(at, m.start), h('mark', {}, e.sentence.slice(m.start, m.end)));
    at = m.end;
  }
  q.append(e.sentence.slice(at));
  return q;
}

export function evidenceItem(e: ApiEvidence): HTMLElement {
  const a = e.article;
  const where = a ? [a.title ?? a.name, e.date ?? a.date ?? 'undated', a.source].filter(Boolean).join(' · ') : e.date ?? '';
  return h('li', { class: 'evidence' }, markedSentence(e), h('cite', {}, where));
}

/** A fact: its summary line (and `below` it, e.g. a timeline bar); opened, the sentences that state it (built
 * when first opened: a meeting's panel can hold hundreds of facts, and most are never opened). */
export function fact(summary: Child[], evidence: readonly ApiEvidence[], below: Child = null): HTMLElement {
  if (evidence.length === 0) return h('div', { class: 'fact' }, summary, below);
  const list = h('ul', { class: 'evidence-list' });
  const details = h('details', { class: 'fact' },
    h('summary', {}, summary, h('span', { class: 'count', title: 'sentences' }, ` ${evidence.length}`), below), list);
  details.addEventListener('toggle', () => {
    if (details.open && list.childElementCount === 0) list.append(...evidence.map(evidenceItem));
  });
  return details;
}

export function nodeLink(n: Pick<ApiNode, 'id' | 'name'> & { __typename?: ApiNode['__typename'] }, ctx: PanelContext): HTMLElement {
  const a = h('a', { href: `?node=${encodeURIComponent(n.id)}`, class: 'node-link', 'data-id': n.id, title: n.id }, n.name);
  if (n.__typename) a.style.borderBottomColor = LABEL_COLORS[n.__typename];
  a.addEventListener('click', (ev) => {
    if (ev.ctrlKey || ev.metaKey || ev.shiftKey) return; // a new tab keeps the link's own behaviour
    ev.preventDefault();
    ctx.open(n.id);
  });
  return a;
}

export const roleChips = (roles: readonly AttendanceRole[] | null | undefined): HTMLElement =>
  h('span', { class: 'roles' }, (roles ?? []).map((r) => h('span', { class: `role role-${r.toLowerCase()}` }, r)));

export function section(title: string, items: Child[], empty = 'none'): HTMLElement {
  return h('section', { class: 'facts' }, h('h3', {}, title), items.length ? items : h('p', { class: 'muted' }, empty));
}

const days = (d: string): number => Date.parse(`${d}T00:00:00Z`) / 86_400_000;

/** A bar from first to last seen, placed on the span of all the rows (min..max) of one timeline. */
export function timelineBar(first: string | null | undefined, last: string | null | undefined, span: [string, string] | null): HTMLElement {
  const bar = h('span', { class: 'bar' });
  const track = h('span', { class: 'timeline', title: `${first ?? '?'} → ${last ?? first ?? '?'}` }, bar);
  if (!first || !span) return track;
  const [lo, hi] = span.map(days) as [number, number];
  const width = Math.max(1, hi - lo);
  bar.style.left = `${((days(first) - lo) / width) * 100}%`;
  bar.style.width = `${Math.max(1.5, ((days(last ?? first) - days(first)) / width) * 100)}%`;
  return track;
}

export function spanOf(rows: readonly { firstSeen?: string | null; lastSeen?: string | null }[]): [string, string] | null {
  const dates = rows.flatMap((r) => [r.firstSeen, r.lastSeen]).filter((d): d is string => Boolean(d)).sort();
  return dates.length ? [dates[0] as string, dates[dates.length - 1] as string] : null;
}
