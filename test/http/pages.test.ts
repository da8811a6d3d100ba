// The pages and their files: content types, caching, the Content-Security-Policy, gzip, GraphiQL's page with its
// default query, and the real build in dist/web pointing only at this server.
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openGraphologyStore } from '../../src/graph/graphology-store.js';
import { asInputs, ingestRecords } from '../../src/graph/ingest.js';
import { startServer, type RunningServer } from '../../src/graphql/server.js';
import { loadWebBundle, WEB_DIR } from '../../src/http/web-bundle.js';
import { YUNXI } from '../fixtures/graph/yunxi.js';
import { raw } from './raw-http.js';

/** A small bundle of our own, so these tests do not depend on what the build produced. */
function fixtureBundle(): string {
  const dir = `${mkdtempSync(join(tmpdir(), 'kg-web-'))}/`;
  mkdirSync(`${dir}assets`);
  const js = 'console.log("explorer");'.repeat(100);
  writeFileSync(`${dir}assets/explorer-AAAA.js`, js);
  writeFileSync(`${dir}assets/explorer-AAAA.js.gz`, gzipSync(js));
  writeFileSync(`${dir}index.html`, '<!doctype html><title>kg</title><script src="/assets/explorer-AAAA.js"></script>');
  const names = ['explorer.js', 'icon.svg', 'graphiql.css', 'graphiql.js', 'graphiql-init.js', 'graphiql-editor-worker.js', 'graphiql-json-worker.js', 'graphiql-graphql-worker.js'];
  writeFileSync(`${dir}manifest.json`, JSON.stringify(Object.fromEntries(names.map((n) => [n, n.replace('.', '-AAAA.')]))));
  return dir;
}

const srcAndHref = (html: string): string[] => [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((m) => m[1] as string);

describe('pages', () => {
  let s: RunningServer;
  beforeAll(async () => {
    const store = await openGraphologyStore(null);
    await ingestRecords(asInputs(YUNXI), store);
    s = await startServer(store, { port: 0, web: loadWebBundle(fixtureBundle()) });
  });
  afterAll(async () => { await s.close(); });

  it('serves the explorer at / with a policy that allows nothing outside the server', async () => {
    const r = await raw(`${s.origin}/`);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(r.headers['cache-control']).toBe('no-cache');
    const csp = String(r.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/https?:|\*/);
    expect(r.headers['x-frame-options']).toBe('DENY');
  });

  it('serves assets with their type, a year of caching, gzip when accepted', async () => {
    const plain = await raw(`${s.origin}/assets/explorer-AAAA.js`);
    expect([plain.status, plain.headers['content-type'], plain.headers['cache-control']])
      .toEqual([200, 'text/javascript; charset=utf-8', 'public, max-age=31536000, immutable']);
    expect(plain.text).toMatch(/^console\.log/);
    const gz = await raw(`${s.origin}/assets/explorer-AAAA.js`, { headers: { 'accept-encoding': 'gzip, br' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(Number(gz.headers['content-length'])).toBeLessThan(plain.text.length);
    for (const bad of ['nothing-here.js', '..%2Fmanifest.json', 'explorer-AAAA.exe', '.hidden.js']) {
      expect((await raw(`${s.origin}/assets/${bad}`)).status).toBe(404);
    }
  });

  it('serves GraphiQL from this server with a meeting and its attendees as the default query', async () => {
    const r = await raw(s.url, { headers: { accept: 'text/html' } });
    expect(r.status).toBe(200);
    expect(String(r.headers['content-security-policy'])).toContain("script-src 'self';");
    expect(srcAndHref(r.text).every((u) => u.startsWith('/assets/'))).toBe(true);
    const options = JSON.parse(/<script type="application\/json" id="graphiql-options">(.*?)<\/script>/s.exec(r.text)?.[1] ?? '{}');
    expect(options.endpoint).toBe('/graphql');
    expect(options.defaultQuery).toContain('meeting(id: "meeting:云溪县委务虚会@2026-04-10")'); // the most attendees (4)
    expect(options.defaultQuery).toMatch(/attendees \{\s+order roles\s+person \{ name \}\s+evidence/);
  });
});

describe('the build in dist/web', () => {
  const bundle = loadWebBundle(WEB_DIR);

  it('holds the explorer, its worker and GraphiQL, and the page points only at this server', () => {
    expect(bundle, 'dist/web is built by `npm run build` (and by the test setup)').not.toBeNull();
    const m = bundle?.manifest ?? {};
    for (const name of ['explorer.js', 'explorer.css', 'layout-worker.js', 'graphiql.js', 'graphiql.css', 'graphiql-init.js']) {
      expect(m[name], name).toMatch(/^[\w.-]+-[A-Z0-9]{8,}\.(js|css)$/);
    }
    const urls = srcAndHref(bundle?.indexHtml ?? '');
    expect(urls.length).toBeGreaterThan(2);
    expect(urls.every((u) => u.startsWith('/assets/') || u === '/' || u === '/graphql')).toBe(true);
    expect(readFileSync(`${WEB_DIR}index.html`, 'utf8')).toContain(`content="/assets/${m['layout-worker.js']}"`);
  });
});
