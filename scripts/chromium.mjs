// Headless Chromium for the browser tier (test/browser) and the benchmark (bench/explorer.mjs): Debian's chromium
// (/usr/bin/chromium or CHROMIUM_PATH) driven by playwright-core, which never downloads a browser. A fresh profile
// each time, and every host but the server's unreachable: by the resolver (--host-resolver-rules) and by a route
// that aborts and records any other request.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

/** The first Chromium that answers --version, or null. */
export function findChromium() {
  for (const path of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean)) {
    const r = spawnSync(path, ['--version'], { stdio: 'ignore', timeout: 20_000 });
    if (r.error === undefined && r.status === 0) return path;
  }
  return null;
}

export async function openBrowser(executablePath, origin, viewport = { width: 1280, height: 800 }) {
  const profile = mkdtempSync(join(tmpdir(), 'kg-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath, headless: true, args: CHROMIUM_FLAGS, viewport, acceptDownloads: true,
  });
  const outside = [];
  const problems = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) await route.continue();
    else { outside.push(url); await route.abort('blockedbyclient'); }
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = context.pages()[0] ?? await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error' && /CSP violation|Content Security Policy/.test(m.text())) problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  return {
    context, page, outside, problems,
    close: async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); },
  };
}
