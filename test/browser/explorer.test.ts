// The browser tier: Debian's headless Chromium against `kg serve` on the examples, every other host unreachable.
// GraphiQL renders and runs a query; the explorer finds a meeting by /?q=, lists its attendees with roles, draws
// them, opens an evidence sentence, expands a node on a click, filters by date, draws a path and exports the view.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type Browser } from '../../scripts/chromium.mjs';
import { ingestExamples, serveStore, type Served } from './serve-examples.js';

const chromiumPath = inject('chromiumPath');
const MEETING = 'meeting:奋楫争先实干开局云杉新区经济工作推进会@2024-03-14';
const ATTENDEES = ['周明远', '许晓岚', '郑启航', '邝文斌', '宓红', '柏承志', '温海涛'];

describe.skipIf(!chromiumPath)('explorer and GraphiQL in Chromium', () => {
  let served: Served;
  let b: Browser;
  beforeAll(async () => {
    served = await serveStore(ingestExamples());
    b = await openBrowser(chromiumPath, served.origin);
  }, 120_000);
  afterAll(async () => {
    await b?.close();
    await served?.stop();
  });

  const idle = () => b.page.evaluate(() => window.kgExplorer.idle());
  const drawn = () => b.page.evaluate(() => window.kgExplorer.graph.nodes());

  it('GraphiQL renders from this server and runs its default query', async () => {
    await b.page.goto(`${served.origin}/graphql`);
    await b.page.locator('.graphiql-execute-button').click({ timeout: 30_000 });
    await expect.poll(() => b.page.locator('.graphiql-response').innerText(), { timeout: 30_000 }).toContain('"attendees"');
    expect(await b.page.locator('.graphiql-response').innerText()).toContain('"roles"');
  });

  it('finds a meeting by /?q=, lists its attendees with roles and draws them', async () => {
    await b.page.goto(`${served.origin}/?q=${encodeURIComponent('云杉新区经济工作推进会')}`);
    await idle();
    expect(new URL(b.page.url()).searchParams.get('node')).toBe(MEETING);
    await expect.poll(() => b.page.locator('#selected-name').innerText()).toContain('云杉新区经济工作推进会');
    const rows = b.page.locator('ol.attendees > li');
    expect(await rows.locator('.node-link').allInnerTexts()).toEqual(ATTENDEES);
    expect(await rows.first().locator('.role').allInnerTexts()).toEqual(['PRESIDED', 'SPOKE']);
    const nodes = await drawn();
    for (const name of ATTENDEES) expect(nodes).toContain(`person:${name}`);
    expect(nodes).toContain(MEETING);
    expect(await b.page.locator('#in-view .node-list button').count()).toBe(nodes.length);
  });

  it('opens the sentence behind an attendance, the person marked in it', async () => {
    const first = b.page.locator('ol.attendees > li').first();
    await first.locator('summary').click();
    const evidence = first.locator('.evidence').first();
    await expect.poll(() => evidence.isVisible()).toBe(true);
    expect(await evidence.locator('.sentence').innerText()).toContain('周明远主持会议并讲话');
    expect(await evidence.locator('mark').allInnerTexts()).toContain('周明远');
    expect(await evidence.locator('cite').innerText()).toMatch(/聚焦实体经济/);
  });

  it('expands a node on a click in the drawing', async () => {
    const before = (await drawn()).length;
    const at = await b.page.evaluate(() => {
      const r = window.kgExplorer.renderer;
      const d = r.getNodeDisplayData('person:郑启航');
      return d ? r.framedGraphToViewport(d) : null;
    });
    expect(at).not.toBeNull();
    const box = await b.page.locator('#graph').boundingBox();
    await b.page.mouse.click((box?.x ?? 0) + (at?.x ?? 0), (box?.y ?? 0) + (at?.y ?? 0));
    await expect.poll(() => new URL(b.page.url()).searchParams.get('expand')).toBe('person:郑启航');
    await idle();
    expect((await drawn()).length).toBeGreaterThan(before);
    await expect.poll(() => b.page.locator('#selected-name').innerText()).toBe('郑启航');
  });

  it('filters by date', async () => {
    await b.page.goto(`${served.origin}/?node=${encodeURIComponent('person:宁致远')}`);
    await idle();
    const all = (await drawn()).filter((id) => id.startsWith('meeting:'));
    expect(all.some((id) => id.endsWith('@2025-03-26'))).toBe(true);
    await b.page.locator('.filters summary').click();
    await b.page.locator('#filter-from').fill('2026-01-01');
    await b.page.locator('#filter-from').dispatchEvent('change');
    await expect.poll(() => new URL(b.page.url()).searchParams.get('from')).toBe('2026-01-01');
    await idle();
    const later = (await drawn()).filter((id) => id.startsWith('meeting:'));
    expect(later.length).toBeGreaterThan(0);
    expect(later.length).toBeLessThan(all.length);
    expect(later.every((id) => id.split('@')[1]! >= '2026-01-01')).toBe(true);
  });

  it('draws the shortest chain between two names', async () => {
    await b.page.goto(`${served.origin}/?pathFrom=${encodeURIComponent('周明远')}&pathTo=${encodeURIComponent('郑启航')}`);
    await idle();
    expect(await b.page.locator('.facts h3').first().innerText()).toMatch(/Path: \d step/i);
    const nodes = await drawn();
    expect(nodes).toContain('person:周明远');
    expect(nodes).toContain('person:郑启航');
  });

  it('exports the view as GraphML and PNG', async () => {
    await b.page.goto(`${served.origin}/?node=${encodeURIComponent(MEETING)}`);
    await idle();
    const [graphml] = await Promise.all([b.page.waitForEvent('download'), b.page.locator('#export-graphml').click()]);
    const xml = readFileSync(await graphml.path(), 'utf8');
    expect(xml).toContain('<graphml');
    expect(xml).toContain('<node id="person:周明远">');
    expect(xml).toMatch(/<edge id="ATTENDED\|person:周明远\|meeting:/);
    const [png] = await Promise.all([b.page.waitForEvent('download'), b.page.locator('#export-png').click()]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    expect(readFileSync(await png.path()).subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  });

  it('asked for nothing outside the server, and broke no Content-Security-Policy', () => {
    expect(b.outside).toEqual([]);
    expect(b.problems).toEqual([]);
  });
});
