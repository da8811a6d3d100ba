// Applies cypher/schema.cypher (constraints and indexes, each IF NOT EXISTS) and waits for the indexes.
import { readFileSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';

const SCHEMA = new URL('../../cypher/schema.cypher', import.meta.url);

/** The statements of a .cypher file: `//` comment lines dropped, split at `;`. */
export function cypherStatements(text: string): string[] {
  return text.split('\n').filter((l) => !l.trim().startsWith('//')).join('\n')
    .split(';').map((s) => s.trim()).filter(Boolean);
}

export async function applySchema(driver: Driver, database?: string): Promise<void> {
  for (const statement of cypherStatements(readFileSync(SCHEMA, 'utf8'))) {
    await driver.executeQuery(statement, {}, { database });
  }
  await driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database });
}
