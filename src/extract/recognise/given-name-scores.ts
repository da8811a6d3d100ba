// Given-name character scores by position: how much more often a character opens a two-character given
// name, closes one, or is a one-character given name, than it appears in other text (natural log ratio),
// from dictionaries/name-chars.tsv (generated from nodejieba's nr words).
import { DICTIONARY_DIR, loadTsv } from '../../lexicon/load-tsv.js';

export interface GivenScore {
  first: number;
  second: number;
  single: number;
}

const COLUMNS = ['char', 'given1', 'given2', 'single', 'other', 'score'] as const;

/** char → positional log-ratios. Characters absent from the file are not name characters. */
export function loadGivenNameScores(dir: string = DICTIONARY_DIR): Map<string, GivenScore> {
  const rows = loadTsv('name-chars.tsv', { columns: COLUMNS }, dir);
  const total = { given1: 0, given2: 0, single: 0, other: 0 };
  for (const r of rows) {
    total.given1 += Number(r.given1);
    total.given2 += Number(r.given2);
    total.single += Number(r.single);
    total.other += Number(r.other);
  }
  const ratio = (n: string, t: number, other: string): number =>
    Math.log((Number(n) + 0.5) / t) - Math.log((Number(other) + 1) / total.other);
  const out = new Map<string, GivenScore>();
  for (const r of rows) {
    out.set(r.char, {
      first: ratio(r.given1, total.given1, r.other),
      second: ratio(r.given2, total.given2, r.other),
      single: ratio(r.single, total.single, r.other),
    });
  }
  return out;
}
