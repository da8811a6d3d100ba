// Driver errors become typed errors at the boundary, naming the server.
import { GraphStoreError } from '../graph/store.js';

export class Neo4jUnavailableError extends GraphStoreError {
  override name = 'Neo4jUnavailableError';
}
export class Neo4jAuthError extends GraphStoreError {
  override name = 'Neo4jAuthError';
}
export class Neo4jConstraintError extends GraphStoreError {
  override name = 'Neo4jConstraintError';
}
export class Neo4jQueryError extends GraphStoreError {
  override name = 'Neo4jQueryError';
}

export function mapNeo4jError(err: unknown, uri: string, what: string): GraphStoreError {
  if (err instanceof GraphStoreError) return err;
  const e = err as { code?: string; message?: string };
  const code = e.code ?? '';
  const msg = (e.message ?? String(err)).split('\n')[0];
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || /ECONNREFUSED|connect/i.test(msg ?? '')) {
    return new Neo4jUnavailableError(`${uri}: Neo4j is not reachable (${msg}); start one with \`npm run neo4j:start\` or \`docker compose up -d\`, or set NEO4J_URI`);
  }
  if (code.includes('Unauthorized') || code.includes('Security')) {
    return new Neo4jAuthError(`${uri}: authentication failed (${msg}); check NEO4J_USER / NEO4J_PASSWORD`);
  }
  if (code.includes('ConstraintValidationFailed') || code.includes('ConstraintViolation')) {
    return new Neo4jConstraintError(`${uri}: ${what} broke a constraint of cypher/schema.cypher (${msg})`);
  }
  return new Neo4jQueryError(`${uri}: ${what} failed: ${code ? `${code}: ` : ''}${msg}`);
}
