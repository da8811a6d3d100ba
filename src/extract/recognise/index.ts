// The recognisers in the order they run. Each sees what the earlier ones found.
// Order matters: persons first (a title before a name is read as context, not swallowed); organizations
// and companies next; places last (a place inside an organization name is not reported on its own).
// recogniseAll then keeps one flat, non-overlapping layer: see resolve-overlaps.ts for the rule.
import type { Doc, Found, Recogniser } from '../types.js';
import { recogniseCompanies } from './company.js';
import { recogniseOrganizations } from './organization.js';
import { recognisePersons } from './person.js';
import { recognisePersonSlots } from './person-slot.js';
import { recognisePersonFields } from './person-fields.js';
import { recogniseForeignPersons } from './person-foreign.js';
import { recognisePersonEchoes } from './person-echo.js';
import { recogniseJapanesePersons } from './person-japanese.js';
import { recognisePlaces } from './place.js';
import { recogniseTitles } from './title.js';
import { resolveOverlaps, type Ranked } from './resolve-overlaps.js';
import { withPlacesInFull } from './place-echo.js';
import { bodyNames } from './body-names.js';
import { knowledge } from './knowledge.js';

const STRONG_RULES = new Set(['place.list', 'org.before-title']);

export const RECOGNISERS: Recogniser[] = [recognisePersonFields, recognisePersonSlots, recognisePersons, recogniseForeignPersons, recogniseJapanesePersons, recognisePersonEchoes, recogniseTitles, recogniseCompanies, recogniseOrganizations, recognisePlaces];

/** Runs every recogniser in order and resolves overlaps; finds sorted by start. */
export function recogniseAll(doc: Doc): Found[] {
  const ranked: Ranked[] = [];
  const earlier: Found[] = [];
  RECOGNISERS.forEach((recognise, order) => {
    const found = recognise(doc, earlier).map(oneShape);
    for (const f of found) earlier.push(f); // no spread: a long article's finds are more than a call's arguments may be
    // a list closed by 等 + a place word (甲、乙、丙等镇街) says what its items are: it beats any reading of them
    // a body before a post glued to it (国防部 in 国防部长) beats the post: the post's holder is reported through it
    // a find its recogniser is sure of (a name read in its slot: person-slot.ts) beats the pieces other readings cut it
    // into (索朗 + 白玛, 热合 + 曼·别克) and a place short form inside it (尼玛)
    for (const f of found) ranked.push(f.strong || STRONG_RULES.has(f.rule) ? { found: f, order, strong: true } : { found: f, order });
  });
  return bodyNames(knowledge(), withPlacesInFull(doc.text, resolveOverlaps(ranked)));
}

/**
 * A find with every field of Found, in one order: the recognisers make finds of a dozen shapes (with or without a
 * name, a kind, strong), and the code that reads the finds of all of them (the later recognisers, resolveOverlaps,
 * relations, the record) was compiled for some shapes, then thrown away and compiled again as others came.
 */
function oneShape(f: Found): Found {
  return { type: f.type, start: f.start, end: f.end, text: f.text, rule: f.rule, name: f.name, kind: f.kind, strong: f.strong };
}
