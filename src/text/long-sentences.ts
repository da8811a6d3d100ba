// Sentences too long to be sentences: text whose punctuation was lost (a transcript, a page run together) can make
// one "sentence" of megabytes. The recognisers and relation finders look around each find inside its sentence, so
// such a sentence would cost the square of its length. Once tagged (segment.ts tags a very long span in windows),
// it is cut into pieces of at most MAX_SENTENCE characters, at token boundaries: after a clause mark where there is
// one, else after a particle (的, 了 …), else after any token; no token is cut, so no name that jieba reads as one
// word is. Sentences up to MAX_SENTENCE (every sentence a reporter writes) are left exactly as they are.
import type { Token } from '../extract/types.js';

type Span = { start: number; end: number };

/** The longest sentence passed on whole (the longest in the project's corpora is under 600 characters). */
export const MAX_SENTENCE = 1000;

/** Tokens after which a long sentence is best cut: clause marks and spaces first, then particles. */
const CLAUSE_MARKS = new Set([...'，,、；;：:。！？!?…—'].map((c) => c.charCodeAt(0)));
const PARTICLE_TAGS = new Set(['uj', 'ul', 'uz', 'ug', 'ud', 'uv', 'y', 'e']);

function rank(t: Token): number {
  const c = t.word.charCodeAt(t.word.length - 1);
  if (CLAUSE_MARKS.has(c) || /^\s+$/.test(t.word)) return 2;
  return PARTICLE_TAGS.has(t.tag) ? 1 : 0;
}

/**
 * The sentences (spans, each with its tokens) with every one longer than MAX_SENTENCE cut into pieces of at most
 * MAX_SENTENCE characters (a single token longer than that is a piece of its own). Each piece ends after the
 * best-ranked token in its second half.
 */
export function cutLongSentences(spans: readonly Span[], tokens: readonly Token[][]): { spans: Span[]; tokens: Token[][] } {
  if (spans.every((s) => s.end - s.start <= MAX_SENTENCE)) return { spans: [...spans], tokens: [...tokens] };
  const outSpans: Span[] = [];
  const outTokens: Token[][] = [];
  spans.forEach((s, n) => {
    const mine = tokens[n] as Token[];
    if (s.end - s.start <= MAX_SENTENCE) { outSpans.push(s); outTokens.push(mine); return; }
    let first = 0;
    while (first < mine.length) {
      const from = (mine[first] as Token).start;
      const last = pieceEnd(mine, first, from);
      outSpans.push({ start: from, end: (mine[last] as Token).end });
      outTokens.push(mine.slice(first, last + 1));
      first = last + 1;
    }
  });
  return { spans: outSpans, tokens: outTokens };
}

/** The index of the last token of the piece that starts with token `first` (at offset `from`). */
function pieceEnd(tokens: readonly Token[], first: number, from: number): number {
  const limit = from + MAX_SENTENCE;
  if ((tokens[tokens.length - 1] as Token).end <= limit) return tokens.length - 1;
  let best = first;
  let bestRank = -1;
  for (let i = first; i < tokens.length && (tokens[i] as Token).end <= limit; i++) {
    const t = tokens[i] as Token;
    const r = t.end - from > MAX_SENTENCE / 2 ? rank(t) : -1;
    if (r >= bestRank) { best = i; bestRank = r; }
  }
  return best;
}
