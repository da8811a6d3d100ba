// Contract cases for what the explorer draws: relationshipsAround (filters, order, paging, dates) and getEdges.
// Called by runStoreContract inside its "with the two 云溪县 articles" block, so both stores run them.
import { expect, it } from 'vitest';
import type { AroundFilter, GraphStore } from '../../src/graph/store.js';

const LIN = 'person:林晓峰';
const ALL = { limit: 100, offset: 0 };
const A1 = 'article:a1b2c3d4e5f60001';

const view = async (s: GraphStore, id: string, f: Partial<AroundFilter> = {}) => {
  const r = await s.relationshipsAround(id, { ...ALL, ...f });
  return { total: r.total, rows: r.hits.map((h) => `${h.edge.type} ${h.node.name}`) };
};

export function runAroundContract(store: () => GraphStore): void {
  it('gives every relationship at a node with its other end, ordered by type, then name', async () => {
    expect(await view(store(), LIN)).toEqual({
      total: 5,
      rows: ['HOLDS_POSITION 中共云溪县委员会', 'ATTENDED 云溪县2026年经济工作会议', 'ATTENDED 云溪县委务虚会',
        'MENTIONS 云溪县召开2026年经济工作会议', 'MENTIONS 云溪县委召开务虚会'],
    });
    const hit = (await store().relationshipsAround(LIN, ALL)).hits[1];
    expect(hit?.edge).toMatchObject({ type: 'ATTENDED', from: LIN, props: { roles: ['PRESIDED', 'SPOKE'], order: 1 } });
    expect(await view(store(), 'person:nobody')).toEqual({ total: 0, rows: [] });
  });

  it('pages after counting: total is the whole filtered set', async () => {
    const r = await view(store(), LIN, { limit: 2, offset: 1 });
    expect(r).toEqual({ total: 5, rows: ['ATTENDED 云溪县2026年经济工作会议', 'ATTENDED 云溪县委务虚会'] });
  });

  it('filters by type and by attendance role; a role filter leaves other types alone', async () => {
    expect((await view(store(), LIN, { types: ['ATTENDED'], roles: ['SPOKE'] })).rows).toEqual(['ATTENDED 云溪县2026年经济工作会议']);
    expect((await view(store(), LIN, { roles: ['VIDEO_SPEECH'] })).total).toBe(3);
    expect((await view(store(), 'meeting:云溪县委务虚会@2026-04-10', { types: ['ATTENDED'], roles: ['VIDEO_SPEECH', 'ATTENDED'] })).rows)
      .toEqual(['ATTENDED 苏文澜', 'ATTENDED 韩子墨']);
  });

  it('filters by date: positions by first/last seen, meeting edges by its days, others by evidence dates', async () => {
    expect((await view(store(), LIN, { from: '2026-04-01' })).rows)
      .toEqual(['HOLDS_POSITION 中共云溪县委员会', 'ATTENDED 云溪县委务虚会', 'MENTIONS 云溪县委召开务虚会']);
    expect((await view(store(), LIN, { to: '2026-03-04' })).rows)
      .toEqual(['ATTENDED 云溪县2026年经济工作会议']);
    expect((await view(store(), 'meeting:云溪县委务虚会@2026-04-10', { from: '2026-04-11', to: '2026-04-11', types: ['ATTENDED'] })).total).toBe(4);
    const undated = 'meeting:云溪县第十五次党代会@undated';
    expect((await view(store(), undated)).total).toBeGreaterThan(0);
    expect((await view(store(), undated, { from: '2000-01-01' })).total).toBe(0);
  });

  it('gets edges by id, leaving unknown ids out', async () => {
    const mention = `MENTIONS|${A1}|${LIN}`;
    const got = await store().getEdges([mention, 'ATTENDED|person:nobody|meeting:none', 'not an id']);
    expect(got.map((e) => e.id)).toEqual([mention]);
    expect(got[0]?.evidence.map((e) => e.sentence)).toEqual(['林晓峰']);
    expect(await store().getEdges([])).toEqual([]);
  });
}
