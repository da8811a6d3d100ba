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

function beats(a: Ranked, b: Ranked): boolean {
  if (!!a.strong !== !!b.strong) return !!a.strong;
  const la = a.found.end - a.found.start;
  const lb = b.found.end - b.found.start;
  if (la !== lb) return la > lb;
  // a name from the curated place lists beats the same span read as a body only by jieba's tag (人民大会堂/nt)
  if (curatedPlace(a.found) && b.found.rule === 'org.jieba-nt') return true;
  if (curatedPlace(b.found) && a.found.rule === 'org.jieba-nt') return false;
  const ta = TYPE_RANK[a.found.type];
  const tb = TYPE_RANK[b.found.type];
  if (ta !== tb) return ta < tb;
  if (a.order !== b.order) return a.order < b.order;
  return a.found.start < b.found.start;
}

function curatedPlace(f: Found): boolean {
  return f.type === 'place' && f.rule === 'place.gazetteer';
}

/** Keeps a non-overlapping subset, greedily by the rule above; returns finds sorted by start. */
export function resolveOverlaps(items: readonly Ranked[]): Found[] {
  const sorted = [...items].sort((a, b) => (beats(a, b) ? -1 : beats(b, a) ? 1 : 0));
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
