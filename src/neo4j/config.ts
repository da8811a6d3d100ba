// Where Neo4j is: NEO4J_URI (default bolt://127.0.0.1:7687), NEO4J_USER / NEO4J_PASSWORD (none given: no auth),
// NEO4J_DATABASE (default: the server's default database).
import neo4j, { type Driver } from 'neo4j-driver';

export interface Neo4jConfig {
  uri: string;
  user?: string;
  password?: string;
  database?: string;
}

export const DEFAULT_NEO4J_URI = 'bolt://127.0.0.1:7687';

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Neo4jConfig {
  return {
    uri: env.NEO4J_URI || DEFAULT_NEO4J_URI,
    ...(env.NEO4J_USER || env.NEO4J_PASSWORD ? { user: env.NEO4J_USER || 'neo4j', password: env.NEO4J_PASSWORD ?? '' } : {}),
    ...(env.NEO4J_DATABASE ? { database: env.NEO4J_DATABASE } : {}),
  };
}

export function openDriver(c: Neo4jConfig): Driver {
  const auth = c.user !== undefined ? neo4j.auth.basic(c.user, c.password ?? '') : undefined;
  return neo4j.driver(c.uri, auth, { disableLosslessIntegers: true, userAgent: 'kg' });
}
