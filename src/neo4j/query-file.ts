// Runs one parameterised Cypher file (the analysts' library in cypher/queries) with typed parameters.
import { readFileSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import { cypherStatements } from './schema.js';
import { configFromEnv, openDriver, type Neo4jConfig } from './config.js';
import { mapNeo4jError } from './errors.js';

/** A query file used wrongly: not one statement, or a parameter not given (a usage error for `kg query`). */
export class QueryFileError extends Error {
  override name = 'QueryFileError';
}

/** `k=v`: integers become Neo4j integers, true/false/null and JSON arrays/objects are parsed, the rest is a string. */
export function parseParam(kv: string): [string, unknown] {
  const eq = kv.indexOf('=');
  if (eq <= 0) throw new Error(`--param must be key=value, got "${kv}"`);
  const key = kv.slice(0, eq);
  const raw = kv.slice(eq + 1);
  if (/^-?\d+$/.test(raw)) return [key, neo4j.int(raw)];
  if (/^-?\d+\.\d+$/.test(raw)) return [key, Number(raw)];
  if (raw === 'true' || raw === 'false') return [key, raw === 'true'];
  if (raw === 'null') return [key, null];
  if (/^[[{]/.test(raw)) {
    try { return [key, JSON.parse(raw)]; } catch { /* a string after all */ }
  }
  return [key, raw];
}

/** The parameters a query uses ($name), in order of first use. */
export function queryParameters(cypher: string): string[] {
  const text = cypher.split('\n').filter((l) => !l.trim().startsWith('//')).join('\n');
  return [...new Set([...text.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1] as string))];
}

export async function runCypherFile(file: string, params: Record<string, unknown>, config: Neo4jConfig = configFromEnv()): Promise<Record<string, unknown>[]> {
  const text = readFileSync(file, 'utf8');
  const statements = cypherStatements(text);
  if (statements.length !== 1) throw new QueryFileError(`${file}: expected one Cypher statement, found ${statements.length}`);
  const missing = queryParameters(text).filter((p) => !(p in params));
  if (missing.length) throw new QueryFileError(`${file}: missing parameter(s) ${missing.map((m) => `--param ${m}=…`).join(', ')}`);
  const driver = openDriver(config);
  try {
    const r = await driver.executeQuery(statements[0] as string, params, { routing: neo4j.routing.READ, database: config.database });
    return r.records.map((x) => x.toObject());
  } catch (err) {
    throw mapNeo4jError(err, config.uri, file);
  } finally {
    await driver.close();
  }
}
