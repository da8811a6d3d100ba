// Where ../shared (the sample page, its gold, the tuning corpora) is, and whether tests that need it run.
// They are skipped only when ../shared is absent, and never under CI=true (there it must be present).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));
export const SEED_PAGE = `${SHARED}seeds/000_f986de9187161240.txt`;
export const SEED_GOLD = `${SHARED}gold/seed-page.gold.json`;

export function sharedPresent(): boolean {
  if (existsSync(SEED_PAGE)) return true;
  if (process.env.CI === 'true' || process.env.CI === '1') {
    throw new Error(`../shared is missing (${SHARED}): under CI=true the seed tests must run`);
  }
  return false;
}
