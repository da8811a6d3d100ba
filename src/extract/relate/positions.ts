// Positions: the titles written before a person's name. A chain "甲工委书记、区委书记某某" gives two positions;
// "区商务局局长某某" gives title 局长 at 区商务局; a bare region title (区长, 市长) gives the post at the region.
// Each piece before the name (split at 、) must end with a title; the body before the title is the organization.
import type { Found } from '../types.js';
import { clauseBreakAt, foundEndingAt, sentenceAt, type RelateContext } from './context.js';
import { expandRegion, isTitle, regionTitle } from './words.js';
import { spanIndex } from '../span-index.js';
import { lastIndexWithin } from '../text-search.js';

export interface FoundPosition {
  person: Found;
  title: string;
  organization: Found | { name: string; kind: string } | null;
  evidence: { start: number; end: number };
  rule: string;
}

const MAX_TITLE = 8;

export function findPositions(ctx: RelateContext): FoundPosition[] {
  const out: FoundPosition[] = [];
  const { doc, found } = ctx;
  for (const person of found) {
    if (person.type !== 'person') continue;
    const sentence = sentenceAt(doc, person.start);
    if (!sentence) continue;
    // the clause before the name
    let from = person.start;
    while (from > sentence.start && !clauseBreakAt(doc.text, from - 1)) from--;
    let pieceEnd = person.start;
    let chained = false;
    while (pieceEnd > from) {
      // the piece starts after the last 、 of the clause before pieceEnd (the search stays in the clause)
      const mark = lastIndexWithin(doc.text, '、', from, pieceEnd);
      const pieceStart = mark < 0 ? from : mark + 1;
      const hit = titledPiece(ctx, pieceStart, pieceEnd);
      if (!hit) break;
      if (spanIndex(found).within(pieceStart, pieceEnd, (f) => f.type === 'person' && f !== person).length > 0) break;
      out.push({ person, title: hit.title, organization: hit.organization, evidence: sentence,
        rule: chained ? 'position.title-chain' : hit.rule });
      chained = true;
      pieceEnd = pieceStart - 1; // skip the 、
    }
  }
  return out;
}

type Piece = { title: string; organization: FoundPosition['organization']; rule: string };

/** The title that ends the piece text[start, end), and the organization written before it. */
function titledPiece(ctx: RelateContext, start: number, end: number): Piece | null {
  const { doc, found } = ctx;
  let best: (Piece & { orgLen: number }) | null = null;
  for (let len = Math.min(MAX_TITLE, end - start); len >= 1; len--) {
    const title = doc.text.slice(end - len, end);
    if (!isTitle(title)) continue;
    const titleStart = end - len;
    const org = foundEndingAt(found, titleStart, ['organization', 'place', 'company']);
    if (org && org.start >= start) {
      const orgLen = org.end - org.start;
      if (!best || orgLen > best.orgLen) best = { title, organization: org, rule: 'position.org-title', orgLen };
      continue;
    }
    if (titleStart !== start || best) continue;
    const region = regionTitle(title);
    if (region) {
      const name = region.body === region.level ? (ctx.region?.name.endsWith(region.level) ? ctx.region.name : null) : expandRegion(region.body, ctx.region);
      best = { title: region.title, organization: name ? { name, kind: region.kind } : null, rule: 'position.region-title', orgLen: 0 };
    } else {
      best = { title, organization: null, rule: 'position.bare-title', orgLen: -1 };
    }
  }
  return best && { title: best.title, organization: best.organization, rule: best.rule };
}
