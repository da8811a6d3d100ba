// The Date scalar: the string YYYY-MM-DD (a real calendar day).
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql/index.js'; // CJS entry, as graphql-yoga loads it: one graphql instance under vitest too

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(v: unknown): v is string {
  if (typeof v !== 'string') return false;
  const m = DATE.exec(v);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === v;
}

function check(v: unknown): string {
  if (!isIsoDate(v)) throw new GraphQLError(`Date must be a string YYYY-MM-DD, got ${JSON.stringify(v)}`);
  return v;
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date, serialised as the string YYYY-MM-DD.',
  serialize: check,
  parseValue: check,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('Date must be a string YYYY-MM-DD', { nodes: [ast] });
    return check(ast.value);
  },
});
