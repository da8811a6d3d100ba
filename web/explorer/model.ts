// What the page receives from the API, and the names of the graph (shared with the server's model).
import { LABELS, REL_TYPES, type Label, type RelType } from '../../src/graph/model.js';
import { ATTENDANCE_ROLES, type AttendanceRole } from '../../src/extract/record.js';

export { ATTENDANCE_ROLES, LABELS, REL_TYPES };
export type { AttendanceRole, Label, RelType };

/** Labels the search box offers (articles are reached through what they report). */
export const SEARCH_LABELS: readonly Label[] = ['Person', 'Organization', 'Company', 'Place', 'Meeting'];

/** Drawn unless the filter says otherwise: every type but MENTIONS (an article names everything in it). */
export const DEFAULT_TYPES: readonly RelType[] = REL_TYPES.filter((t) => t !== 'MENTIONS');

export interface ApiNode {
  __typename: Label;
  id: string;
  name: string;
  aliases?: string[];
  kind?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  reported?: boolean;
  date?: string | null;
  title?: string | null;
  source?: string | null;
}

export interface ApiRel {
  id: string;
  type: RelType;
  from: ApiNode;
  to: ApiNode;
  roles?: AttendanceRole[] | null;
  order?: number | null;
  title?: string | null;
  firstSeen?: string | null;
  lastSeen?: string | null;
  count?: number | null;
  year?: number | null;
}

export interface ApiMention {
  start: number;
  end: number;
  text: string;
  node: { id: string };
}

export interface ApiEvidence {
  sentence: string;
  date: string | null;
  start: number;
  end: number;
  article: { id: string; name: string; title: string | null; date: string | null; source: string | null } | null;
  mentions: ApiMention[];
}

/** A node's dates for display: a meeting's days, an article's date. */
export function nodeDates(n: ApiNode): string {
  if (n.__typename === 'Meeting') {
    if (!n.startDate) return 'undated';
    return n.endDate && n.endDate !== n.startDate ? `${n.startDate} – ${n.endDate}` : n.startDate;
  }
  if (n.__typename === 'Article') return n.date ?? 'undated';
  return '';
}
