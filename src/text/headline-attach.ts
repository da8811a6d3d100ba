// Attaches headline blocks to articles by content: the character bigrams a headline shares with an article's
// body, weighted by how rare each bigram is across the page's articles (names and specific words count most).
// Position only breaks near-ties: a layout may put a headline after its body or after the next article's body. A
// headline the layout saw printed right before its article's first line (layout.ts: `next`) is that article's.

const GRAM = /[\u4e00-\u9fff0-9A-Za-z]/;

function bigrams(text: string): Set<string> {
  const out = new Set<string>();
  const chars = [...text].filter((c) => GRAM.test(c));
  for (let i = 0; i + 1 < chars.length; i++) out.add((chars[i] as string) + (chars[i + 1] as string));
  return out;
}

/**
 * For each headline (its text and the index of the article open when it was met), the index of the article it
 * belongs to. `bodies` are the articles' normalised texts.
 */
export function attachHeadlines(headlines: { text: string; after: number; next?: boolean }[], bodies: string[]): number[] {
  if (bodies.length === 0) return headlines.map(() => -1);
  if (headlines.length === 0) return []; // no bigrams of the bodies to make (a long body has millions)
  const grams = bodies.map(bigrams);
  const df = new Map<string, number>();
  for (const g of grams) for (const b of g) df.set(b, (df.get(b) ?? 0) + 1);
  const n = bodies.length;
  return headlines.map(({ text, after, next }) => {
    // a headline printed right before its article's first line (no blank line between articles) is that article's
    if (next && after + 1 < n) return after + 1;
    const h = bigrams(text);
    let best = Math.max(0, Math.min(after, n - 1));
    let bestScore = -1;
    for (let a = 0; a < n; a++) {
      let score = 0;
      for (const b of h) if ((grams[a] as Set<string>).has(b)) score += Math.log(1 + n / (df.get(b) ?? 1));
      // a small pull towards the article just before (headline after its body) or just after (headline on top)
      if (a === after) score += 0.3;
      else if (a === after + 1) score += 0.2;
      if (score > bestScore) { bestScore = score; best = a; }
    }
    return best;
  });
}
