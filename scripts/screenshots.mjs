#!/usr/bin/env node
// Takes the screenshots in docs/ (the explorer on a person of the examples, GraphiQL after its default query):
// the examples ingested into a temporary graph, `kg serve` on a free port, Debian's headless Chromium.
// Run after `npm run build`: node scripts/screenshots.mjs
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium, openBrowser } from './chromium.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const KG = join(ROOT, 'bin/kg.js');
const PERSON = 'person:宁致远';

const store = join(mkdtempSync(join(tmpdir(), 'kg-shots-')), 'graph.json');
for (const extra of [[], ['--jsonl']]) {
  const r = spawnSync(process.execPath, [KG, 'ingest', ...extra, '--store', store, 'examples'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) process.exit(1);
}
const child = spawn(process.execPath, [KG, 'serve', '--store', store, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
const origin = await new Promise((resolve) => {
  let out = '';
  child.stdout.on('data', (d) => { out += d; const m = /^(http:\/\/127\.0\.0\.1:\d+)\/graphql$/m.exec(out); if (m) resolve(m[1]); });
});
const chromium = findChromium();
if (!chromium) throw new Error('scripts/screenshots.mjs: no chromium (apt-get install -y chromium)');
const b = await openBrowser(chromium, origin, { width: 1200, height: 720 });
try {
  await b.page.goto(`${origin}/?node=${encodeURIComponent(PERSON)}`);
  await b.page.evaluate(() => window.kgExplorer.idle());
  await b.page.locator('section.facts').nth(1).locator('details summary').first().click();
  await b.page.waitForTimeout(300);
  await b.page.screenshot({ path: join(ROOT, 'docs/explorer.png') });
  await b.page.goto(`${origin}/graphql`);
  await b.page.locator('.graphiql-execute-button').click({ timeout: 30_000 });
  await b.page.waitForFunction(() => document.querySelector('.graphiql-response')?.textContent?.includes('attendees'), null, { timeout: 30_000 });
  await b.page.waitForTimeout(500);
  await b.page.screenshot({ path: join(ROOT, 'docs/graphiql.png') });
  if (b.outside.length) throw new Error(`the pages asked for ${b.outside.join(', ')}`);
} finally {
  await b.close();
  child.kill('SIGTERM');
}
