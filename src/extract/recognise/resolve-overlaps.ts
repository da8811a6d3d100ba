// The overlap rule for the recognisers' finds (one flat layer, like the NER corpora):
//  1. a longer span beats a shorter one it overlaps (the outer span wins: 青禾县委 is one organization,
//     not a place 青禾 inside it; 澄川明辉材料股份有限公司 is one company);
//  2. at equal length, the more specific type wins, in TYPE_RANK order (company > organization >
//     person > place > position);
//     except that a place from the curated lists (place.gazetteer) beats the same span that only jieba's
//     tag calls a body (org.jieba-nt: 人民大会堂);
//  3. then the earlier recogniser wins (RECOGNISERS order), then the earlier start.
// A person and an organization therefore never overlap. Nested places are NOT reported separately
// (the organization keeps its region prefix in its surface; the pipeline may derive PART_OF from it).
import type { Found } from '../types.js';
import type { EntityType } from '../record.js';

export const TYPE_RANK: Record<EntityType, number> = { company: 0, organization: 1, person: 2, place: 3, position: 4 };

/** Finds with a priority: lower `order` = earlier recogniser. */
export interface Ranked {
  found: Found;
  order: number;
  /** a find the recogniser marks as certain beats a longer uncertain one (e.g. a person before 说) */
  strong?: boolean;
}

/** What `beats` compares, read once per find rather than at every comparison of the sort. */
interface Keyed {
  found: Found;
  strong: boolean;
  length: number;
  /** 1: a place of the curated lists, -1: a body read only by jieba's tag, 0: neither */
  curated: number;
  typeRank: number;
  order: number;
}

function keyed(r: Ranked): Keyed {
  const f = r.found;
  const curated = f.type === 'place' && f.rule === 'place.gazetteer' ? 1 : f.rule === 'org.jieba-nt' ? -1 : 0;
  return { found: f, strong: !!r.strong, length: f.end - f.start, curated, typeRank: TYPE_RANK[f.type], order: r.order };
}

function beats(a: Keyed, b: Keyed): boolean {
  if (a.strong !== b.strong) return a.strong;
  if (a.length !== b.length) return a.length > b.length;
  // a name from the curated place lists beats the same span read as a body only by jieba's tag (人民大会堂/nt)
  if (a.curated === 1 && b.curated === -1) return true;
  if (b.curated === 1 && a.curated === -1) return false;
  if (a.typeRank !== b.typeRank) return a.typeRank < b.typeRank;
  if (a.order !== b.order) return a.order < b.order;
  return a.found.start < b.found.start;
}

/** Keeps a non-overlapping subset, greedily by the rule above; returns finds sorted by start. */
export function resolveOverlaps(items: readonly Ranked[]): Found[] {
  const sorted = items.map(keyed).sort((a, b) => (beats(a, b) ? -1 : beats(b, a) ? 1 : 0));
  const kept: Found[] = [];
  let size = 0;
  for (const { found } of items) size = Math.max(size, found.end);
  // a byte per offset: a sparse boolean[] written far from its start falls back to a dictionary in V8
  const taken = new Uint8Array(size);
  for (const { found } of sorted) {
    let free = true;
    for (let i = found.start; i < found.end; i++) if (taken[i]) { free = false; break; }
    if (!free) continue;
    for (let i = found.start; i < found.end; i++) taken[i] = 1;
    kept.push(found);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
