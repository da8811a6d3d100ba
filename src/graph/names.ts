// Name normalisation shared by ids, the alias index and name look-ups (every store uses the same rule).

/** NFKC (full-width → half-width), whitespace and quote/bracket marks removed. */
export function normalizeName(name: string): string {
  return name.normalize('NFKC').replace(/[\s\u3000《》〈〉“”‘’"'「」『』]/g, '');
}

/** Case-folded form for substring search (Latin letters only change). */
export function searchKey(name: string): string {
  return normalizeName(name).toLowerCase();
}
