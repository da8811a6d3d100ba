// Shapes passed between the extraction stages (internal; the output contract is record.ts).
// Offsets here are into the article's NORMALISED text (Doc.text); the pipeline maps them back to the original.
import type { EntityType } from './record.js';

/** A nodejieba token with its offsets in Doc.text. */
export interface Token {
  word: string;
  tag: string;
  start: number;
  end: number;
}

export interface Sentence {
  start: number;
  end: number;
  tokens: Token[];
  /**
   * Token index + 1 of this sentence's token that starts at each Doc.text offset (0: no token starts there),
   * read for offsets in [start, end). One array for the whole Doc, shared by its sentences (tokens.ts).
   */
  startsAt: Int32Array;
  /** Token index + 1 of this sentence's token that ends at each Doc.text offset, read for offsets in (start, end]. */
  endsAt: Int32Array;
}

/** One article as the recognisers see it. */
export interface Doc {
  /** normalised text: wrapped lines joined, letter-spacing removed, widths folded, simplified */
  text: string;
  sentences: Sentence[];
  /** the article's date (YYYY-MM-DD) when known, for relative dates */
  date: string | null;
  /** headlines, when the article has them (already normalised); mentions in them are not mapped */
  headlines: string[];
}

/** A recognised mention, in Doc.text offsets. */
export interface Found {
  type: EntityType;
  start: number;
  end: number;
  /** the surface, Doc.text.slice(start, end) */
  text: string;
  /** rule id that produced it (see docs/rules.md) */
  rule: string;
  /** canonical name when it differs from the surface (alias expansion, region prefix) */
  name?: string;
  /** Organization / Place kind, or the title kind for positions */
  kind?: string;
  /** the recogniser is sure of it: it beats longer finds it overlaps (resolve-overlaps.ts) */
  strong?: boolean;
}

/** A recogniser sees the doc and what the earlier recognisers found; it returns its own finds. */
export type Recogniser = (doc: Doc, earlier: readonly Found[]) => Found[];
