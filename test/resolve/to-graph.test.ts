import { describe, expect, it } from 'vitest';
import { toGraph } from '../../src/resolve/to-graph.js';
import { resolveBatch } from '../../src/resolve/resolve-batch.js';
import type { GraphBatch, GraphNode } from '../../src/graph/model.js';
import { ARTICLE_1, ARTICLE_2 } from '../fixtures/graph/yunxi.js';
import { extractRecord } from '../../src/extract/page.js';

const edgesOf = (b: GraphBatch, type: string): string[][] =>
  b.edges.filter((e) => e.type === type).map((e) => [e.from, e.to]).sort();

describe('toGraph', () => {
  const b = toGraph(ARTICLE_1);

  it('derives stable ids and keeps the article\'s metadata', () => {
    expect(b.nodes.map((n) => n.id).sort()).toEqual([
      'article:a1b2c3d4e5f60001', 'company:云溪县青禾科技有限公司', 'meeting:云溪县2026年经济工作会议@2026-03-04',
      'org:中共云溪县委员会', 'org:云溪县商务局', 'person:周明远', 'person:林晓峰', 'person:郑雨桐', 'person:韩子墨', 'place:云溪县',
    ]);
    expect(b.nodes.find((n) => n.label === 'Article')?.props).toMatchObject({
      title: '云溪县召开2026年经济工作会议', date: '2026-03-05', source: 'yunxi-0305.txt', recordId: 'yunxi-0305.txt#1', hash: 'a1b2c3d4e5f60001',
    });
    expect(toGraph(ARTICLE_1)).toEqual(b);
  });

  it('expands a bare region prefix and keeps the short form as an alias', () => {
    const bureau = b.nodes.find((n) => n.id === 'org:云溪县商务局');
    expect(bureau).toMatchObject({ name: '云溪县商务局', aliases: ['县商务局'], props: { kind: 'bureau' } });
  });

  it.each([
    ['WROTE', [['person:周明远', 'article:a1b2c3d4e5f60001']]],
    ['REPORTS', [['article:a1b2c3d4e5f60001', 'meeting:云溪县2026年经济工作会议@2026-03-04']]],
    ['HOLDS_POSITION', [['person:林晓峰', 'org:中共云溪县委员会'], ['person:郑雨桐', 'place:云溪县'], ['person:韩子墨', 'org:云溪县商务局']]],
    ['ORGANIZED_BY', [['meeting:云溪县2026年经济工作会议@2026-03-04', 'org:中共云溪县委员会']]],
    ['HELD_IN', [['meeting:云溪县2026年经济工作会议@2026-03-04', 'place:云溪县']]],
    ['PART_OF', [['org:云溪县商务局', 'place:云溪县']]],
    ['LOCATED_IN', [['company:云溪县青禾科技有限公司', 'place:云溪县']]],
    ['RECOGNIZED', [['org:云溪县商务局', 'company:云溪县青禾科技有限公司']]],
  ])('%s edges', (type, expected) => expect(edgesOf(b, type)).toEqual(expected));

  it('gives every relationship evidence with the article id and date', () => {
    for (const e of b.edges) {
      expect(e.evidence.length).toBeGreaterThan(0);
      expect(e.evidence.every((ev) => ev.article === 'article:a1b2c3d4e5f60001' && ev.date === '2026-03-05')).toBe(true);
    }
  });

  it('records attendance roles, order and the sentence', () => {
    const att = b.edges.find((e) => e.id === 'ATTENDED|person:林晓峰|meeting:云溪县2026年经济工作会议@2026-03-04');
    expect(att?.props).toEqual({ roles: ['PRESIDED', 'SPOKE'], order: 1 });
    expect(att?.evidence[0]?.sentence).toBe('县委书记林晓峰主持会议并讲话。');
  });

  it('counts mentions per article and keeps HOLDS_POSITION seen dates', () => {
    const m = b.edges.find((e) => e.id === 'MENTIONS|article:a1b2c3d4e5f60001|place:云溪县');
    expect(m?.props.count).toBe(ARTICLE_1.entities.find((e) => e.name === '云溪县')?.mentions.length);
    const pos = b.edges.find((e) => e.type === 'HOLDS_POSITION' && e.from === 'person:林晓峰');
    expect(pos?.props).toEqual({ title: '书记', firstSeen: '2026-03-05', lastSeen: '2026-03-05' });
  });

  it('skips positions without an organisation and unreported meetings get no REPORTS', () => {
    const noOrg = { ...ARTICLE_2, positions: [{ ...ARTICLE_2.positions[0]!, organization: null }] };
    expect(toGraph(noOrg).edges.filter((e) => e.type === 'HOLDS_POSITION')).toHaveLength(0);
    const b2 = toGraph(ARTICLE_2);
    expect(b2.edges.some((e) => e.type === 'REPORTS' && e.to === 'meeting:云溪县第十五次党代会@undated')).toBe(false);
    expect(b2.edges.some((e) => e.type === 'MENTIONS' && e.to === 'meeting:云溪县第十五次党代会@undated')).toBe(true);
  });
});

describe('toGraph keeps relationship ends to the labels the model allows', () => {
  const base = ARTICLE_1;
  it.each([
    ['an attendee named like an organisation becomes a Person', { meetings: [{ ...base.meetings[0]!, attendees: [{ ...base.meetings[0]!.attendees[0]!, person: '中共云溪县委员会' }] }] },
      'ATTENDED', 'person:中共云溪县委员会'],
    ['a position at a company points at the Company', { positions: [{ ...base.positions[0]!, organization: '云溪县青禾科技有限公司' }] },
      'HOLDS_POSITION', 'company:云溪县青禾科技有限公司'],
    ['an unknown organizer ending like a place is a Place', { meetings: [{ ...base.meetings[0]!, organizer: '松川县' }] },
      'ORGANIZED_BY', 'place:松川县'],
  ])('%s', (_what, change, type, end) => {
    const b = toGraph({ ...base, ...change });
    const e = b.edges.filter((x) => x.type === type);
    expect(e.some((x) => x.from === end || x.to === end)).toBe(true);
    expect(b.nodes.some((n) => n.id === end)).toBe(true);
  });
});

describe('resolveBatch', () => {
  const known: GraphNode = { id: 'org:中共云溪县委员会', label: 'Organization', name: '中共云溪县委员会', aliases: ['云溪县委'], props: {} };
  const lookup = async (label: string, name: string) =>
    label === 'Organization' && [known.name, ...known.aliases].includes(name) ? known : null;

  it('moves an entity the store knows by a global alias onto the stored id, re-keying its edges', async () => {
    const r = await resolveBatch(toGraph(ARTICLE_2), lookup);
    expect(r.nodes.some((n) => n.id === 'org:云溪县委')).toBe(false);
    expect(r.nodes.find((n) => n.id === known.id)?.name).toBe('云溪县委');
    expect(edgesOf(r, 'ORGANIZED_BY')).toEqual([['meeting:云溪县委务虚会@2026-04-10', known.id]]);
    expect(r.edges.find((e) => e.id === `HOLDS_POSITION|person:郑雨桐|${known.id}|副书记`)).toBeDefined();
    expect(r.edges.every((e) => e.id.startsWith(`${e.type}|${e.from}|${e.to}`))).toBe(true);
  });

  it('never merges through a local short form', async () => {
    const local: GraphNode = { ...known, id: 'org:松川县商务局', name: '松川县商务局', aliases: ['商务局'] };
    const withShort = { ...ARTICLE_2, entities: ARTICLE_2.entities.map((e) => (e.name === '云溪县商务局' ? { ...e, aliases: ['商务局'] } : e)) };
    expect(toGraph(withShort).nodes.find((n) => n.id === 'org:云溪县商务局')?.aliases).toEqual(['商务局']);
    const r = await resolveBatch(toGraph(withShort), async (_l, n) => (n === '商务局' ? local : null));
    expect(r.nodes.some((n) => n.id === 'org:云溪县商务局')).toBe(true);
  });

  it('returns the batch unchanged when nothing is known', async () => {
    const b = toGraph(ARTICLE_2);
    expect(await resolveBatch(b, async () => null)).toBe(b);
  });
});

describe('a person named by the surname alone', () => {
  const record = (id: string, text: string) => extractRecord({ id, text, date: '2026-03-05' });
  it('is a node of its article only; a surname that took a full name is that person', () => {
    for (const surname of ['王', '欧阳', '宓']) {
      const a = toGraph(record('a', `3月4日，某县召开座谈会。${surname}书记强调，要抓好落实。`));
      const b = toGraph(record('b', `3月4日，某镇召开推进会。${surname}书记指出，要压实责任。`));
      const ids = (g: GraphBatch) => g.nodes.filter((n) => n.label === 'Person' && n.name === surname).map((n) => n.id);
      expect(ids(a)).toHaveLength(1);
      expect(ids(b)).toHaveLength(1);
      expect(ids(a)[0]).not.toBe(ids(b)[0]);
      const full = toGraph(record('c', `3月4日，县委书记${surname}明远主持会议。${surname}书记强调，要抓好落实。`));
      expect(full.nodes.filter((n) => n.label === 'Person').map((n) => n.id)).toEqual([`person:${surname}明远`]);
    }
  });
});
