// The executable schema: graphql/schema.graphql (read relative to the package root) + resolvers over GraphStore.
import { readFileSync } from 'node:fs';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql/index.js'; // CJS entry, as graphql-yoga loads it: one graphql instance under vitest too
import { DateScalar } from './date-scalar.js';
import { entityResolvers } from './entity-resolvers.js';
import { relationResolvers } from './relation-resolvers.js';
import { queryResolvers } from './query-resolvers.js';
import { evidenceResolvers } from './evidence-resolvers.js';
import { viewResolvers } from './view-resolvers.js';

/** src/graphql/schema.ts and dist/graphql/schema.js both sit two levels below the package root. */
export const SCHEMA_FILE = new URL('../../graphql/schema.graphql', import.meta.url);

export function loadTypeDefs(): string {
  return readFileSync(SCHEMA_FILE, 'utf8');
}

export function buildSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: loadTypeDefs(),
    resolvers: [{ Date: DateScalar }, entityResolvers, relationResolvers, evidenceResolvers, queryResolvers, viewResolvers] as never,
  });
}
