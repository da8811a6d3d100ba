// The path view: two names (or ids) in, the shortest chain between them (the `path` query, at most 6 steps),
// drawn and listed step by step with the sentences behind each step.
import { gql } from './api.js';
import { h } from './dom.js';
import { fact, nodeLink, section, type PanelContext } from './evidence.js';
import type { ApiEvidence, ApiNode, ApiRel, RelType } from './model.js';
import { PATH } from './queries.js';

export interface PathStep {
  relationship: RelType;
  forward: boolean;
  from: ApiNode;
  to: ApiNode;
  evidence: ApiEvidence[];
}

export async function fetchPath(from: string, to: string): Promise<PathStep[]> {
  return (await gql<{ path: PathStep[] }>(PATH, { from, to })).path;
}

/** A step as a relationship to draw (the API gives its type and direction, not its stored id). */
export function stepRel(s: PathStep): ApiRel {
  const [a, b] = s.forward ? [s.from, s.to] : [s.to, s.from];
  return { id: `${s.relationship}|${a.id}|${b.id}`, type: s.relationship, from: a, to: b };
}

export function pathSection(from: string, to: string, steps: readonly PathStep[], ctx: PanelContext): HTMLElement {
  if (steps.length === 0) return section(`Path: ${from} → ${to}`, [], 'no chain of at most 6 steps between them');
  return section(`Path: ${steps.length} step${steps.length === 1 ? '' : 's'}`, [h('ol', { class: 'path-steps' }, steps.map((s) => h('li', {},
    fact([nodeLink(s.from, ctx), h('span', { class: 'rel' }, s.forward ? ` —${s.relationship}→ ` : ` ←${s.relationship}— `), nodeLink(s.to, ctx)], s.evidence))))]);
}
