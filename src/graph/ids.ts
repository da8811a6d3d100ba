// Stable ids (ARCHITECTURE.md § Graph model): derived from the entity, never a counter.
// The rule is written down in docs/design-choices.md § Ids.
import type { Label, RelType } from './model.js';
import { normalizeName } from './names.js';

const PREFIX: Record<Label, string> = {
  Person: 'person', Organization: 'org', Company: 'company', Place: 'place', Meeting: 'meeting', Article: 'article',
};

/** `person:姜婉清`, `org:云溪县商务局`, `company:…`, `place:…` — label prefix + normalised canonical name. */
export function entityId(label: Exclude<Label, 'Meeting' | 'Article'>, name: string): string {
  return `${PREFIX[label]}:${normalizeName(name)}`;
}

/** `meeting:<normalised name>@<startDate|undated>`. */
export function meetingId(name: string, startDate: string | null): string {
  return `meeting:${normalizeName(name)}@${startDate ?? 'undated'}`;
}

/** `article:<content hash>` — the same text ingested from any path is one article. */
export function articleId(hash: string): string {
  return `article:${hash}`;
}

/** `${type}|${from}|${to}` plus `|discriminator` where one pair can hold several edges (a title, a year). */
export function edgeId(type: RelType, from: string, to: string, discriminator?: string): string {
  const base = `${type}|${from}|${to}`;
  return discriminator === undefined || discriminator === '' ? base : `${base}|${discriminator}`;
}

/** The discriminator part of an edge id (empty when none), so an edge can be re-keyed when its ends are remapped. */
export function edgeDiscriminator(id: string, type: RelType, from: string, to: string): string {
  const base = `${type}|${from}|${to}`;
  return id.startsWith(`${base}|`) ? id.slice(base.length + 1) : '';
}

export function labelOfId(id: string): Label | null {
  const prefix = id.slice(0, id.indexOf(':'));
  const hit = (Object.entries(PREFIX) as [Label, string][]).find(([, p]) => p === prefix);
  return hit ? hit[0] : null;
}
