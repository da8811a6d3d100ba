// The view lives in the URL, so a view is shared by copying it: what is centred and expanded, what is selected,
// the filters, or a path. `?q=TEXT` searches TEXT and opens the best match (then the URL names the node).
import { ATTENDANCE_ROLES, REL_TYPES, type AttendanceRole, type RelType } from './model.js';

export interface Filters {
  from: string | null;
  to: string | null;
  /** null: every role */
  roles: AttendanceRole[] | null;
  /** null: the default types (DEFAULT_TYPES) */
  types: RelType[] | null;
}

export interface ViewState extends Filters {
  q: string | null;
  /** the centre */
  node: string | null;
  /** nodes expanded besides the centre, in the order they were */
  expand: string[];
  select: string | null;
  /** a shortest chain between two names or ids, drawn instead of a centre */
  pathFrom: string | null;
  pathTo: string | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function listOf<T extends string>(raw: string | null, allowed: readonly T[]): T[] | null {
  if (raw === null) return null;
  return raw.split(',').filter((x): x is T => (allowed as readonly string[]).includes(x));
}

export function readState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const text = (k: string): string | null => (p.get(k)?.trim() || null);
  const date = (k: string): string | null => { const v = text(k); return v && DATE.test(v) ? v : null; };
  return {
    q: text('q'), node: text('node'), expand: (text('expand') ?? '').split(',').filter(Boolean), select: text('select'),
    from: date('from'), to: date('to'), roles: listOf(p.get('roles'), ATTENDANCE_ROLES), types: listOf(p.get('types'), REL_TYPES),
    pathFrom: text('pathFrom'), pathTo: text('pathTo'),
  };
}

export function writeState(s: ViewState): string {
  const p = new URLSearchParams();
  const put = (k: string, v: string | null | undefined): void => { if (v) p.set(k, v); };
  put('q', s.q);
  put('node', s.node);
  put('pathFrom', s.pathFrom);
  put('pathTo', s.pathTo);
  if (s.expand.length) p.set('expand', s.expand.join(','));
  put('select', s.select);
  put('from', s.from);
  put('to', s.to);
  if (s.roles) p.set('roles', s.roles.join(','));
  if (s.types) p.set('types', s.types.join(','));
  const q = p.toString();
  return q ? `?${q}` : '';
}

export const emptyState = (): ViewState => readState('');
