// Query size bounds, before anything is parsed: at most MAX_QUERY_CHARS characters and MAX_TOKENS tokens
// (graphql-js stops lexing there). GraphiQL's introspection query is about 2,100 characters and 190 tokens.
import { GraphQLError, type parse } from 'graphql/index.js'; // CJS entry, as graphql-yoga loads it: one graphql instance under vitest too
import { MAX_QUERY_CHARS, MAX_TOKENS } from './limits.js';

type Parse = typeof parse;

export function sizeLimitedParse(parseFn: Parse): Parse {
  return (source, options) => {
    const text = typeof source === 'string' ? source : source.body;
    if (text.length > MAX_QUERY_CHARS) {
      throw new GraphQLError(`the query is ${text.length} characters long; the limit is ${MAX_QUERY_CHARS}`, { extensions: { code: 'QUERY_TOO_LARGE' } });
    }
    return parseFn(source, { ...options, maxTokens: MAX_TOKENS });
  };
}
