// The GraphQL API contract over real HTTP: a yoga server on a free port, answering the questions users come for.
// Written once; run against every store (test/graphql/api.test.ts: embedded; test/neo4j/graphql-api.test.ts: Neo4j).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/graphql/server.js';
import type { GraphStore } from '../../src/graph/store.js';
import { YUNXI } from '../fixtures/graph/yunxi.js';
import { ARTICLE_3 } from '../fixtures/graph/yunxi-office.js';
import { gql, serveRecords } from './http.js';
import { runViewApiContract } from './api-contract-view.js';

export function runApiContract(name: string, makeStore: () => Promise<GraphStore>): void {
let server: RunningServer;
beforeAll(async () => { server = await serveRecords([...YUNXI, ARTICLE_3], await makeStore()); });
afterAll(async () => { await server.close(); });

const ask = async (query: string, variables?: Record<string, unknown>) => {
  const r = await gql(server.url, query, variables);
  expect(r.body.errors).toBeUndefined();
  return r.body.data as Record<string, any>;
};

describe(`GraphQL API (${name})`, () => {
  runViewApiContract(() => server.url);
  it('who attended a meeting, in what role (the documented cost-bounded query)', async () => {
    const d = await ask(`{ meetings(nameContains: "务虚", limit: 10) { name startDate endDate
      attendees { person { name } roles order evidence { sentence } } } }`);
    expect(d.meetings).toHaveLength(1);
    const m = d.meetings[0];
    expect([m.name, m.startDate, m.endDate]).toEqual(['云溪县委务虚会', '2026-04-10', '2026-04-11']);
    expect(m.attendees.map((a: any) => [a.person.name, a.roles, a.order])).toEqual([
      ['林晓峰', ['PRESIDED'], 1], ['郑雨桐', ['SPOKE'], 2], ['韩子墨', ['VIDEO_SPEECH'], 3], ['苏文澜', ['ATTENDED'], 4],
    ]);
    expect(m.attendees[1].evidence).toEqual([{ sentence: '县委副书记郑雨桐讲话。' }]);
  });

  it('a meeting by id, its organizer, place, reporting articles and attendees by role', async () => {
    const d = await ask(`query($id: ID!) { meeting(id: $id) { name kind reported organizer { __typename name } place { name }
      articles { title date reporters { name } } attendees(role: SPOKE) { person { name } } } }`,
    { id: 'meeting:云溪县2026年经济工作会议@2026-03-04' });
    expect(d.meeting).toEqual({
      name: '云溪县2026年经济工作会议', kind: '会议', reported: true,
      organizer: { __typename: 'Organization', name: '中共云溪县委员会' }, place: { name: '云溪县' },
      articles: [{ title: '云溪县召开2026年经济工作会议', date: '2026-03-05', reporters: [{ name: '周明远' }] }],
      attendees: [{ person: { name: '林晓峰' } }, { person: { name: '郑雨桐' } }],
    });
  });

  it.each([
    [{}, ['云溪县2026年经济工作会议', '云溪县委务虚会']],
    [{ from: '2026-04-01', to: '2026-04-30' }, ['云溪县委务虚会']],
    [{ to: '2026-03-31' }, ['云溪县2026年经济工作会议']],
    [{ role: 'SPOKE' }, ['云溪县2026年经济工作会议']],
  ])('a person\'s meetings %j', async (args, expected) => {
    const d = await ask(`query($from: Date, $to: Date, $role: AttendanceRole) { person(name: "林晓峰") {
      attended(from: $from, to: $to, role: $role) { meeting { name } roles } } }`, args);
    expect(d.person.attended.map((a: any) => a.meeting.name)).toEqual(expected);
  });

  it('a person\'s positions with organisations and evidence sentences', async () => {
    const d = await ask(`{ person(name: "郑雨桐") { positions { title firstSeen lastSeen
      organization { __typename name } evidence { sentence start end date article { title } } } } }`);
    expect(d.person.positions.map((p: any) => [p.title, p.organization.__typename, p.organization.name, p.firstSeen])).toEqual([
      ['县长', 'Place', '云溪县', '2026-03-05'], ['副书记', 'Organization', '中共云溪县委员会', '2026-04-12'],
    ]);
    expect(d.person.positions[0].evidence[0]).toMatchObject({ sentence: '县长郑雨桐出席会议并发言。', date: '2026-03-05', article: { title: '云溪县召开2026年经济工作会议' } });
  });

  it('co-attendees with counts and shared meetings', async () => {
    const d = await ask('{ person(name: "林晓峰") { coAttendees(limit: 10) { person { name } count meetings { name } } } }');
    expect(d.person.coAttendees.map((c: any) => [c.person.name, c.count])).toEqual([['郑雨桐', 2], ['韩子墨', 2], ['苏文澜', 1]]);
    expect(d.person.coAttendees[2].meetings).toEqual([{ name: '云溪县委务虚会' }]);
  });

  it('an organisation (looked up by an alias) with members, parent and children', async () => {
    const d = await ask(`{ org: organization(name: "云溪县委") { name aliases kind members { person { name } title }
        children { name } meetingsOrganized { name } }
      office: organization(name: "县委办公室") { name parent { name } partOf { __typename name } members { person { name } title } }
      bureau: organization(name: "县商务局") { parent { name } partOf { __typename name } }
      place(name: "云溪县") { children { name } members { person { name } title } }
      people(organization: "云溪县委") { name } }`);
    expect(d.people.map((p: any) => p.name)).toEqual(['林晓峰', '郑雨桐']);
    expect(d.org.name).toBe('中共云溪县委员会');
    expect(d.org.members.map((m: any) => [m.person.name, m.title])).toEqual([['林晓峰', '书记'], ['郑雨桐', '副书记']]);
    expect(d.org.children).toEqual([{ name: '云溪县委办公室' }]);
    expect(d.org.meetingsOrganized.map((m: any) => m.name)).toEqual(['云溪县2026年经济工作会议', '云溪县委务虚会']);
    expect(d.office).toMatchObject({ name: '云溪县委办公室', parent: { name: '中共云溪县委员会' }, members: [{ person: { name: '何静怡' }, title: '主任' }] });
    expect(d.bureau).toEqual({ parent: null, partOf: [{ __typename: 'Place', name: '云溪县' }] });
    expect(d.place.children.map((c: any) => c.name)).toEqual(['中共云溪县委员会', '云溪县商务局']);
    expect(d.place.members).toEqual([{ person: { name: '郑雨桐' }, title: '县长' }]);
  });

  it('search by name fragment, exact matches first', async () => {
    const d = await ask('{ search(text: "石门") { __typename id name } }');
    expect(d.search.map((n: any) => [n.__typename, n.name])).toEqual([['Organization', '石门镇党委'], ['Place', '石门镇']]);
    const exact = await ask('{ search(text: "云溪县", limit: 1) { id } }');
    expect(exact.search).toEqual([{ id: 'place:云溪县' }]);
  });

  it('a shortest path between two entities, through meetings and articles, clamping maxHops', async () => {
    const d = await ask(`{ path(from: "苏文澜", to: "云溪县青禾科技有限公司", maxHops: 99) {
      from { __typename name } relationship to { __typename name } forward evidence { sentence } } }`);
    expect(d.path).toHaveLength(3);
    expect(d.path[0].from.name).toBe('苏文澜');
    expect(d.path[2].to.name).toBe('云溪县青禾科技有限公司');
    const short = await ask('{ path(from: "苏文澜", to: "云溪县青禾科技有限公司", maxHops: 1) { relationship } }');
    expect(short.path).toEqual([]);
  });

  it('companies, recognitions, articles and stats', async () => {
    const d = await ask(`{ companies { name place { name } recognitions { title year by { name } evidence { sentence } } }
      articles(limit: 2, offset: 1) { id } stats { nodes { label count } relationships { type count } } }`);
    expect(d.companies).toEqual([{ name: '云溪县青禾科技有限公司', place: { name: '云溪县' },
      recognitions: [{ title: '示范工厂', year: 2026, by: { name: '云溪县商务局' }, evidence: [{ sentence: '云溪县青禾科技有限公司被县商务局评为2026年度示范工厂。' }] }] }]);
    expect(d.articles).toHaveLength(2);
    expect(d.stats.nodes).toContainEqual({ label: 'Person', count: 6 });
    expect(d.stats.relationships).toContainEqual({ type: 'ATTENDED', count: 8 });
  });
});

describe(`GraphQL limits and errors (${name})`, () => {
  const fails = async (query: string, pattern: RegExp) => {
    const r = await gql(server.url, query);
    expect(r.body.errors?.length).toBeGreaterThan(0);
    expect(r.body.errors?.[0]?.message).toMatch(pattern);
    expect(r.text).not.toMatch(/stack|at .*\.(ts|js):\d+/);
    return r;
  };

  it('limit above 1000 is a GraphQL error', async () => {
    await fails('{ people(limit: 1001) { name } }', /limit must be at most 1000/);
    await fails('{ person(name: "林晓峰") { attended(limit: 5000) { order } } }', /limit must be at most 1000/);
    await fails('{ people(offset: -1) { name } }', /offset must not be negative/);
  });

  it('a query deeper than 15 levels is rejected', async () => {
    const deep = `{ person(name: "林晓峰") { ${'coAttendees(limit: 1) { person { '.repeat(8)}name${' } }'.repeat(8)} } }`;
    await fails(deep, /depth 18 exceeds the limit of 15/);
  });

  it('a query whose cost is too high is rejected', async () => {
    await fails('{ meetings(limit: 1000) { attendees(limit: 1000) { person { coAttendees(limit: 1000) { person { name } } } } } }', /cost \d+ exceeds/);
  });

  it.each([
    ['a syntax error', '{ person(name: ) {', /Syntax Error/],
    ['an unknown field', '{ person(name: "林晓峰") { salary } }', /Cannot query field "salary"/],
    ['a bad date', '{ meetings(from: "2026-13-01") { name } }', /Date must be a string YYYY-MM-DD/],
    ['an unknown path end', '{ path(from: "无此人", to: "林晓峰") { relationship } }', /no node with id or name "无此人"/],
  ])('%s is a GraphQL error without a stack trace', async (_what, query, pattern) => {
    await fails(query, pattern);
  });

  it('an unexpected failure inside a resolver is masked', async () => {
    const { openGraphologyStore } = await import('../../src/graph/graphology-store.js');
    const store = await openGraphologyStore(null);
    store.search = async () => { throw new Error('secret internals at /home/x/file.ts:12'); };
    const broken = await serveRecords([], store);
    try {
      const r = await gql(broken.url, '{ search(text: "x") { id } }');
      expect(r.body.errors?.[0]?.message).toBe('Unexpected error.');
      expect(r.text).not.toContain('secret');
    } finally { await broken.close(); }
  });

  it('serves GraphiQL to a browser', async () => {
    const res = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/graphiql/i);
  });
});
}
