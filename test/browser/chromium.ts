// Headless Chromium for the browser tier and the benchmark: Debian's chromium driven by playwright-core (which
// never downloads a browser), a fresh profile each time, and every host but the server's made unreachable —
// by the resolver (--host-resolver-rules) and by a route that aborts and records any other request.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** requests to anywhere but the server (aborted) */
  outside: string[];
  /** Content-Security-Policy violations and uncaught page errors */
  problems: string[];
  close(): Promise<void>;
}

export async function openBrowser(executablePath: string, origin: string): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'kg-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath, headless: true, args: CHROMIUM_FLAGS, viewport: { width: 1280, height: 800 }, acceptDownloads: true,
  });
  const outside: string[] = [];
  const problems: string[] = [];
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
