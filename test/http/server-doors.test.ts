// The server's doors over real HTTP (issue 13): foreign origins refused and never reflected, Host checked on
// loopback, bodies over the limit refused with 413 unread, long queries refused, a slow request stopped, and no
// answer carrying a stack trace or a path.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openGraphologyStore } from '../../src/graph/graphology-store.js';
import { asInputs, ingestRecords } from '../../src/graph/ingest.js';
import { startServer, type RunningServer } from '../../src/graphql/server.js';
import { YUNXI } from '../fixtures/graph/yunxi.js';
import { LEAKS, postJson, raw } from './raw-http.js';

const QUERY = { query: '{ person(name: "林晓峰") { name } }' };

describe('the server\'s doors', () => {
  let s: RunningServer;
  let open: RunningServer;
  beforeAll(async () => {
    const store = await openGraphologyStore(null);
    await ingestRecords(asInputs(YUNXI), store);
    s = await startServer(store, { port: 0, web: null });
    open = await startServer(store, { port: 0, web: null, cors: ['https://app.example'], allowHosts: ['kg.lan'] });
  });
  afterAll(async () => { await s.close(); await open.close(); });

  it('answers its own origin and clients that send none', async () => {
    expect((await postJson(s.url, QUERY)).status).toBe(200);
    const same = await postJson(s.url, QUERY, { origin: s.origin });
    expect(same.status).toBe(200);
    expect(JSON.parse(same.text).data.person.name).toBe('林晓峰');
  });

  it('refuses a foreign Origin, and never reflects it or allows credentials', async () => {
    for (const r of [
      await postJson(s.url, QUERY, { origin: 'http://evil.example' }),
      await raw(s.url, { method: 'OPTIONS', headers: { origin: 'http://evil.example', 'access-control-request-method': 'POST' } }),
      await raw(`${s.url}?query=${encodeURIComponent(QUERY.query)}`, { headers: { origin: 'http://evil.example' } }),
    ]) {
      expect(r.status).toBe(403);
      expect(r.headers['access-control-allow-origin']).toBeUndefined();
      expect(r.headers['access-control-allow-credentials']).toBeUndefined();
      expect(r.text).not.toContain('林晓峰');
    }
  });

  it('--cors lets a named origin read answers (never with credentials), and only that one', async () => {
    const pre = await raw(open.url, { method: 'OPTIONS', headers: { origin: 'https://app.example', 'access-control-request-method': 'POST' } });
    expect(pre.status).toBe(204);
    expect(pre.headers['access-control-allow-origin']).toBe('https://app.example');
    expect(pre.headers['access-control-allow-methods']).toMatch(/POST/);
    const r = await postJson(open.url, QUERY, { origin: 'https://app.example' });
    expect(r.status).toBe(200);
    expect(r.headers['access-control-allow-origin']).toBe('https://app.example');
    expect(r.headers['access-control-allow-credentials']).toBeUndefined();
    expect((await postJson(open.url, QUERY, { origin: 'https://evil.example' })).status).toBe(403);
  });

  it('checks the Host header on loopback (DNS rebinding)', async () => {
    const port = new URL(s.url).port;
    expect((await postJson(s.url, QUERY, { host: `rebind.attacker.example:${port}` })).status).toBe(403);
    expect((await postJson(s.url, QUERY, { host: `localhost:${port}` })).status).toBe(200);
    expect((await postJson(open.url, QUERY, { host: `kg.lan:${new URL(open.url).port}` })).status).toBe(200);
  });

  it('refuses a body over 1 MB with 413, by its length or as it arrives, without echoing it', async () => {
    const big = JSON.stringify({ query: `{ person(name: "${'x'.repeat(1_100_000)}") { name } }` });
    for (const chunked of [false, true]) {
      const r = await raw(s.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: big, chunked });
      expect(r.status).toBe(413);
      expect(r.text.length).toBeLessThan(500);
      expect(JSON.parse(r.text).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    }
    expect((await postJson(s.url, QUERY)).status).toBe(200); // the server is still there
  });

  it('refuses a query over 10,000 characters or 2,000 tokens', async () => {
    const long = await postJson(s.url, { query: `{ person(name: "${'某'.repeat(10_000)}") { name } }` });
    expect(JSON.parse(long.text).errors[0].message).toMatch(/the query is \d+ characters long; the limit is 10000/);
    expect(long.text.length).toBeLessThan(500);
    const many = await postJson(s.url, { query: `{ ${'a '.repeat(2_100)}}` });
    expect(JSON.parse(many.text).errors[0].message).toMatch(/Document contains more \w+ 2000 tokens/);
  });

  it('stops a request that takes longer than the time limit', async () => {
    const store = await openGraphologyStore(null);
    store.search = () => new Promise((resolve) => setTimeout(() => resolve([]), 3_000));
    const slow = await startServer(store, { port: 0, web: null, timeoutMs: 200 });
    try {
      const r = await postJson(slow.url, { query: '{ search(text: "x") { id } }' });
      expect(r.status).toBe(503);
      expect(JSON.parse(r.text).errors[0].extensions.code).toBe('TIMEOUT');
    } finally { await slow.close(); }
  });

  it('answers every error without a stack trace or a path', async () => {
    const answers = [
      await raw(s.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' }),
      await postJson(s.url, { query: '{ nosuchfield }' }),
      await postJson(s.url, { query: '{ path(from: "无此人", to: "林晓峰") { relationship } }' }),
      await raw(`${s.origin}/no/such/page`),
      await raw(`${s.origin}/assets/..%2F..%2Fpackage.json`),
      await raw(`${s.origin}/`, { method: 'DELETE' }),
      await raw(`${s.origin}/`),
    ];
    expect(answers.map((r) => r.status)).toEqual([400, 200, 200, 404, 404, 405, 503]);
    for (const r of answers) {
      expect(r.text).not.toMatch(LEAKS);
      expect(r.headers['x-content-type-options']).toBe('nosniff');
    }
  });
});
