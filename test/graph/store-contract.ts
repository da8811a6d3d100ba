// The GraphStore contract: one suite every store runs (graphology here; the Neo4j store calls it too).
// makeStore must return an EMPTY store each time it is called. A Neo4j test runs it as
//   runStoreContract('neo4j', async () => { await clearDatabase(); return openNeo4jStore(uri); });
// The suite ingests test/fixtures/graph/yunxi.ts through ingestRecords (toGraph + resolveBatch + mergeBatch).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../src/graph/store.js';
import { GraphStoreError } from '../../src/graph/store.js';
import { asInputs, ingestRecords } from '../../src/graph/ingest.js';
import { toGraph } from '../../src/resolve/to-graph.js';
import { ARTICLE_1, YUNXI } from '../fixtures/graph/yunxi.js';
import { runAroundContract } from './store-contract-around.js';

const MEETING_1 = 'meeting:云溪县2026年经济工作会议@2026-03-04';
const MEETING_2 = 'meeting:云溪县委务虚会@2026-04-10';
const MEETING_3 = 'meeting:云溪县第十五次党代会@undated';
const COUNTY_PARTY = 'org:中共云溪县委员会';
const BUREAU = 'org:云溪县商务局';

export const YUNXI_COUNTS = {
  nodes: { Article: 2, Company: 1, Meeting: 3, Organization: 3, Person: 5, Place: 2 },
  relationships: {
    ATTENDED: 7, HELD_IN: 1, HOLDS_POSITION: 5, LOCATED_IN: 1, MENTIONS: 21, ORGANIZED_BY: 2, PART_OF: 3,
    RECOGNIZED: 1, REPORTS: 2, WROTE: 2,
  },
};

const names = (xs: { name: string }[]): string[] => xs.map((x) => x.name);
const sorted = <T>(o: Record<string, T>): Record<string, T> => Object.fromEntries(Object.entries(o).sort());

export function runStoreContract(name: string, makeStore: () => Promise<GraphStore>): void {
  describe(`GraphStore contract: ${name}`, () => {
    it('an empty store has no nodes, no relationships, no articles', async () => {
      const s = await makeStore();
      expect(await s.counts()).toEqual({ nodes: {}, relationships: {} });
      expect(await s.getNode('person:林晓峰')).toBeNull();
      expect(await s.hasArticle('article:x', 'x')).toBe(false);
      await s.close();
    });

    it('rejects a batch whose edge points at a missing node, and changes nothing', async () => {
      const s = await makeStore();
      const node = { id: 'person:甲', label: 'Person' as const, name: '甲', aliases: [], props: {} };
      const edge = { id: 'WROTE|person:甲|article:none', type: 'WROTE' as const, from: 'person:甲', to: 'article:none', props: {}, evidence: [] };
      await expect(s.mergeBatch({ nodes: [node], edges: [edge] })).rejects.toBeInstanceOf(GraphStoreError);
      expect(await s.getNode('person:甲')).toBeNull();
      await s.close();
    });

    describe('with the two 云溪县 articles', () => {
      let s: GraphStore;
      beforeAll(async () => {
        s = await makeStore();
        const summary = await ingestRecords(asInputs(YUNXI), s);
        expect(summary).toMatchObject({ articles: 2, added: 2, unchanged: 0, failed: [] });
      });
      afterAll(async () => { await s.close(); });
      runAroundContract(() => s);

      it('counts nodes per label and relationships per type', async () => {
        const c = await s.counts();
        expect({ nodes: sorted(c.nodes), relationships: sorted(c.relationships) }).toEqual(YUNXI_COUNTS);
      });

      it('is idempotent: the same articles again change nothing', async () => {
        const again = await ingestRecords(asInputs(YUNXI), s);
        expect(again).toMatchObject({ articles: 2, added: 0, unchanged: 2, nodesCreated: 0, edgesCreated: 0 });
        const c = await s.counts();
        expect({ nodes: sorted(c.nodes), relationships: sorted(c.relationships) }).toEqual(YUNXI_COUNTS);
        expect(await s.hasArticle('article:a1b2c3d4e5f60001', 'a1b2c3d4e5f60001')).toBe(true);
      });

      it('mergeBatch is idempotent: an article batch merged again creates nothing and keeps evidence unique', async () => {
        const r = await s.mergeBatch(toGraph(ARTICLE_1));
        expect([r.nodesCreated, r.edgesCreated]).toEqual([0, 0]);
        const c = await s.counts();
        expect({ nodes: sorted(c.nodes), relationships: sorted(c.relationships) }).toEqual(YUNXI_COUNTS);
        const lin = await s.positionsOf('person:林晓峰');
        expect(lin[0]?.edge.evidence).toHaveLength(2);
      });

      it.each([
        ['Organization', '云溪县委', COUNTY_PARTY],
        ['Organization', '中共云溪县委员会', COUNTY_PARTY],
        ['Organization', '县商务局', BUREAU],
        ['Person', '林晓峰', 'person:林晓峰'],
        ['Place', '云溪县', 'place:云溪县'],
        ['Person', '云溪县', null],
      ] as const)('findByName(%s, %s) → %s', async (label, n, id) => {
        expect((await s.findByName(label, n))?.id ?? null).toBe(id);
      });

      it('merges aliases across articles', async () => {
        const org = await s.getNode(COUNTY_PARTY);
        expect(org?.name).toBe('中共云溪县委员会');
        expect(org?.aliases).toEqual(expect.arrayContaining(['云溪县委', '县委']));
      });

      it('searches names and aliases by fragment, exact matches first', async () => {
        const hits = await s.search('云溪县', { limit: 20 });
        expect(hits[0]?.id).toBe('place:云溪县');
        expect(hits.map((h) => h.id)).toEqual(expect.arrayContaining([COUNTY_PARTY, BUREAU, MEETING_1]));
        expect(await s.search('云溪', { limit: 2 })).toHaveLength(2);
        expect(names(await s.search('晓峰', { labels: ['Person'], limit: 5 }))).toEqual(['林晓峰']);
      });

      it('lists nodes with filters, in code-point name order, with limit and offset', async () => {
        expect(names(await s.listNodes({ label: 'Person', limit: 100, offset: 0 })))
          .toEqual(['周明远', '林晓峰', '苏文澜', '郑雨桐', '韩子墨']);
        expect(names(await s.listNodes({ label: 'Person', limit: 2, offset: 1 }))).toEqual(['林晓峰', '苏文澜']);
        expect(names(await s.listNodes({ label: 'Person', positionIn: COUNTY_PARTY, limit: 10, offset: 0 }))).toEqual(['林晓峰', '郑雨桐']);
        expect(names(await s.listNodes({ label: 'Organization', kind: 'party', limit: 10, offset: 0 }))).toEqual(['中共云溪县委员会', '石门镇党委']);
        expect(names(await s.listNodes({ label: 'Organization', nameContains: '商务', limit: 10, offset: 0 }))).toEqual(['云溪县商务局']);
      });

      it('lists meetings by date (undated last) and filters them', async () => {
        const all = await s.listMeetings({ limit: 10, offset: 0 });
        expect(all.map((m) => m.id)).toEqual([MEETING_1, MEETING_2, MEETING_3]);
        expect(all[1]?.props).toMatchObject({ startDate: '2026-04-10', endDate: '2026-04-11', reported: true, kind: '会议' });
        const ids = async (f: object) => (await s.listMeetings({ limit: 10, offset: 0, ...f })).map((m) => m.id);
        expect(await ids({ from: '2026-04-11', to: '2026-04-30' })).toEqual([MEETING_2]);
        expect(await ids({ attendee: 'person:苏文澜' })).toEqual([MEETING_2]);
        expect(await ids({ organization: COUNTY_PARTY })).toEqual([MEETING_1, MEETING_2]);
        expect(await ids({ nameContains: '务虚' })).toEqual([MEETING_2]);
      });

      it('gives a meeting\'s attendance in protocol order with roles and evidence', async () => {
        const hits = await s.attendance(MEETING_2, { limit: 100, offset: 0 });
        expect(hits.map((h) => [h.node.name, h.edge.props.roles, h.edge.props.order])).toEqual([
          ['林晓峰', ['PRESIDED'], 1], ['郑雨桐', ['SPOKE'], 2], ['韩子墨', ['VIDEO_SPEECH'], 3], ['苏文澜', ['ATTENDED'], 4],
        ]);
        expect(hits[2]?.edge.evidence[0]).toMatchObject({ article: 'article:a1b2c3d4e5f60002', date: '2026-04-12', sentence: '云溪县商务局局长韩子墨作视频讲话。' });
        expect(names((await s.attendance(MEETING_2, { role: 'SPOKE', limit: 100, offset: 0 })).map((h) => h.node))).toEqual(['郑雨桐']);
        expect(names((await s.attendance(MEETING_2, { limit: 2, offset: 2 })).map((h) => h.node))).toEqual(['韩子墨', '苏文澜']);
      });

      it('gives a person\'s meetings in a date range and by role', async () => {
        const m = async (o: object) => (await s.meetingsOf('person:林晓峰', { limit: 100, offset: 0, ...o })).map((h) => h.node.id);
        expect(await m({})).toEqual([MEETING_1, MEETING_2]);
        expect(await m({ from: '2026-04-01' })).toEqual([MEETING_2]);
        expect(await m({ to: '2026-03-31' })).toEqual([MEETING_1]);
        expect(await m({ role: 'SPOKE' })).toEqual([MEETING_1]);
      });

      it('gives positions with firstSeen/lastSeen merged across articles and every evidence sentence', async () => {
        const lin = await s.positionsOf('person:林晓峰');
        expect(lin).toHaveLength(1);
        expect(lin[0]?.node.id).toBe(COUNTY_PARTY);
        expect(lin[0]?.edge.props).toMatchObject({ title: '书记', firstSeen: '2026-03-05', lastSeen: '2026-04-12' });
        expect(lin[0]?.edge.evidence.map((e) => e.sentence)).toEqual(['县委书记林晓峰主持会议并讲话。', '县委书记林晓峰主持会议。']);
        const zheng = await s.positionsOf('person:郑雨桐');
        expect(zheng.map((h) => [h.edge.props.title, h.node.name])).toEqual([['县长', '云溪县'], ['副书记', '中共云溪县委员会']]);
      });

      it('gives members, parents and children of an organisation', async () => {
        const members = await s.membersOf(COUNTY_PARTY, { limit: 100, offset: 0 });
        expect(members.map((h) => [h.node.name, h.edge.props.title])).toEqual([['林晓峰', '书记'], ['郑雨桐', '副书记']]);
        expect((await s.parentsOf(BUREAU)).map((n) => n.id)).toEqual(['place:云溪县']);
        expect((await s.parentsOf('org:石门镇党委')).map((n) => n.id)).toEqual(['place:石门镇']);
        expect(names(await s.childrenOf('place:云溪县'))).toEqual(['中共云溪县委员会', '云溪县商务局']);
      });

      it('counts co-attendees', async () => {
        const co = await s.coAttendees('person:林晓峰', { limit: 10 });
        expect(co.map((c) => [c.person.name, c.count])).toEqual([['郑雨桐', 2], ['韩子墨', 2], ['苏文澜', 1]]);
        expect(co[2]?.meetings).toEqual([MEETING_2]);
        expect(await s.coAttendees('person:林晓峰', { limit: 1 })).toHaveLength(1);
      });

      it('finds a shortest path ignoring direction, within maxHops', async () => {
        const p = await s.shortestPath('person:苏文澜', 'company:云溪县青禾科技有限公司', 6);
        expect(p).not.toBeNull();
        const steps = p ?? [];
        expect(steps[0]?.from.id).toBe('person:苏文澜');
        expect(steps.at(-1)?.to.id).toBe('company:云溪县青禾科技有限公司');
        for (let i = 1; i < steps.length; i++) expect(steps[i]?.from.id).toBe(steps[i - 1]?.to.id);
        for (const st of steps) {
          expect([st.edge.from, st.edge.to].sort()).toEqual([st.from.id, st.to.id].sort());
          expect(st.forward).toBe(st.edge.from === st.from.id);
        }
        expect(steps.length).toBe(3);
        expect(await s.shortestPath('person:苏文澜', 'company:云溪县青禾科技有限公司', 2)).toBeNull();
        expect(await s.shortestPath('person:林晓峰', 'person:林晓峰', 4)).toEqual([]);
        expect(await s.shortestPath('person:林晓峰', 'person:nobody', 4)).toBeNull();
      });

      it('gives neighbours by type and direction with edge properties', async () => {
        const a1 = 'article:a1b2c3d4e5f60001';
        expect(names((await s.neighbours(a1, { type: 'WROTE', direction: 'in' })).map((h) => h.node))).toEqual(['周明远']);
        const people = await s.neighbours(a1, { type: 'MENTIONS', direction: 'out', label: 'Person' });
        expect(names(people.map((h) => h.node))).toEqual(['周明远', '林晓峰', '郑雨桐', '韩子墨']);
        expect(people.every((h) => typeof h.edge.props.count === 'number' && (h.edge.props.count as number) >= 1)).toBe(true);
        expect(await s.neighbours('person:周明远', { type: 'WROTE', direction: 'out', limit: 1, offset: 1 })).toHaveLength(1);
        const rec = await s.neighbours('company:云溪县青禾科技有限公司', { type: 'RECOGNIZED', direction: 'in' });
        expect(rec.map((h) => [h.node.id, h.edge.props.title, h.edge.props.year])).toEqual([[BUREAU, '示范工厂', 2026]]);
      });

      it('keeps evidence with the article date on every relationship, and streams everything out', async () => {
        let edges = 0;
        for await (const e of s.allEdges()) {
          edges++;
          expect(e.evidence.length).toBeGreaterThan(0);
          for (const ev of e.evidence) {
            expect(await s.getNode(ev.article)).not.toBeNull();
            expect(ev.date).toMatch(/^2026-0[34]-\d\d$/);
            expect(ev.end).toBeGreaterThanOrEqual(ev.start);
          }
        }
        let nodes = 0;
        for await (const _n of s.allNodes()) nodes++;
        expect(nodes).toBe(16);
        expect(edges).toBe(45);
      });
    });
  });
}
