// The filter form: date range, attendance roles, relationship types; it reads and writes the view's Filters.
import { byId, clear, h } from './dom.js';
import { ATTENDANCE_ROLES, DEFAULT_TYPES, REL_TYPES, type AttendanceRole, type RelType } from './model.js';
import { TYPE_COLORS } from './style.js';
import type { Filters } from './view-state.js';

const box = (name: string, value: string, checked: boolean, color?: string): HTMLElement => {
  const swatch = h('span', { class: 'swatch' });
  if (color) swatch.style.background = color;
  return h('label', { class: 'check' }, h('input', { type: 'checkbox', name, value, checked }), color ? swatch : null, value);
};

const checked = <T extends string>(form: HTMLFormElement, name: string): T[] =>
  [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((i) => i.value as T);

/** null where the form says "everything" (every role) or "the default" (the default types). */
function readForm(form: HTMLFormElement): Filters {
  const roles = checked<AttendanceRole>(form, 'role');
  const types = checked<RelType>(form, 'type');
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
  const date = (id: string) => (form.querySelector<HTMLInputElement>(`#${id}`)?.value || null);
  return {
    from: date('filter-from'), to: date('filter-to'),
    roles: roles.length === ATTENDANCE_ROLES.length ? null : roles,
    types: same(types, DEFAULT_TYPES) ? null : types,
  };
}

export function wireFilters(onChange: (f: Filters) => void): { show(f: Filters): void } {
  const form = byId<HTMLFormElement>('filters');
  const roles = byId('filter-roles');
  const types = byId('filter-types');
  const show = (f: Filters): void => {
    byId<HTMLInputElement>('filter-from').value = f.from ?? '';
    byId<HTMLInputElement>('filter-to').value = f.to ?? '';
    clear(roles, ATTENDANCE_ROLES.map((r) => box('role', r, !f.roles || f.roles.includes(r))));
    clear(types, REL_TYPES.map((t) => box('type', t, (f.types ?? DEFAULT_TYPES).includes(t), TYPE_COLORS[t])));
  };
  form.addEventListener('change', () => onChange(readForm(form)));
  form.addEventListener('submit', (e) => { e.preventDefault(); onChange(readForm(form)); });
  form.addEventListener('reset', (e) => {
    e.preventDefault();
    const none: Filters = { from: null, to: null, roles: null, types: null };
    show(none);
    onChange(none);
  });
  return { show };
}
