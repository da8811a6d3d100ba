// Token look-ups by offset for the recognisers: which token starts or ends at an offset, without building a
// Set or Map per sentence. jieba's tokens cover each sentence exactly, in order, so a token starts at every
// offset where the previous one ends.
import type { Sentence, Token } from './types.js';

/** Sentences with their tokens and the Doc-wide offset → token index arrays (Sentence.startsAt, endsAt). */
export function indexTokens(length: number, spans: readonly { start: number; end: number; tokens: Token[] }[]): Sentence[] {
  const startsAt = new Int32Array(length + 1);
  const endsAt = new Int32Array(length + 1);
  for (const s of spans) {
    for (let i = 0; i < s.tokens.length; i++) {
      const t = s.tokens[i] as Token;
      startsAt[t.start] = i + 1;
      endsAt[t.end] = i + 1;
    }
  }
  // one array literal, pushed to: every Doc's sentences share one elements kind, an article without a sentence too
  // (spans.map of no spans makes an array of another kind, and code optimised for the one deoptimised on the other)
  const out: Sentence[] = [];
  for (const s of spans) out.push({ start: s.start, end: s.end, tokens: s.tokens, startsAt, endsAt });
  return out;
}

/** Index of the sentence's token that starts at `at`, or -1. */
export function tokenStartingAt(s: Sentence, at: number): number {
  return at >= s.start && at < s.end ? (s.startsAt[at] as number) - 1 : -1;
}

/** Index of the sentence's token that ends at `at`, or -1. */
export function tokenEndingAt(s: Sentence, at: number): number {
  return at > s.start && at <= s.end ? (s.endsAt[at] as number) - 1 : -1;
}

/** Index of the sentence's token that covers offset `at` (start <= at < end), or -1. */
export function tokenCovering(s: Sentence, at: number): number {
  if (at < s.start || at >= s.end) return -1;
  for (let o = at; o >= s.start; o--) {
    const i = s.startsAt[o] as number;
    if (i > 0) return i - 1;
  }
  return -1;
}

/** The first of the tokens (in order, back to back) that ends at or after `at`, or -1 (a binary search). */
export function firstTokenEndingFrom(tokens: readonly Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).end < at) lo = mid + 1;
    else hi = mid;
  }
  return lo < tokens.length ? lo : -1;
}
