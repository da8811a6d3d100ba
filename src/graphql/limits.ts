// Query limits (ARCHITECTURE.md § GraphQL API): list limits, path hops, depth, cost and size bounds.
import { GraphQLError } from 'graphql/index.js'; // CJS entry, as graphql-yoga loads it: one graphql instance under vitest too
import type { Page } from '../graph/store.js';

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;
export const MAX_HOPS = 6;
export const MAX_DEPTH = 15;
export const MAX_COST = 100_000;
/** a query document's length in characters, and its tokens (src/graphql/size-limit.ts) */
export const MAX_QUERY_CHARS = 10_000;
export const MAX_TOKENS = 2_000;

const badInput = (message: string): GraphQLError => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

/** limit in 0..1000 (default 100), offset ≥ 0; anything else is a GraphQL error naming the field. */
export function pageOf(field: string, args: { limit?: number | null; offset?: number | null }, fallback = DEFAULT_LIMIT): Page {
  const limit = args.limit ?? fallback;
  const offset = args.offset ?? 0;
  if (limit > MAX_LIMIT) throw badInput(`${field}: limit must be at most ${MAX_LIMIT}, got ${limit}`);
  if (limit < 0) throw badInput(`${field}: limit must not be negative, got ${limit}`);
  if (offset < 0) throw badInput(`${field}: offset must not be negative, got ${offset}`);
  return { limit, offset };
}

/** maxHops is clamped to 1..6, never rejected. */
export function clampHops(maxHops: number | null | undefined): number {
  return Math.min(MAX_HOPS, Math.max(1, maxHops ?? 4));
}

export { badInput };
