// The API the explorer is a client of: relationships at a node (filtered, counted), typed search, and where a
// relationship's ends are named in each evidence sentence. Part of runApiContract, so both stores answer it.
import { expect, it } from 'vitest';
import { gql } from './http.js';

const LIN = 'person:林晓峰';

export function runViewApiContract(url: () => string): void {
  const ask = async (query: string, variables?: Record<string, unknown>) => {
    const r = await gql(url(), query, variables);
    expect(r.body.errors).toBeUndefined();
    return r.body.data as Record<string, any>;
  };

  it('relationships at a node with both ends, typed, filtered and counted', async () => {
    const d = await ask(`query($of: ID!) {
      all: relationshipCount(of: $of)
      attended: relationships(of: $of, types: [ATTENDED]) { id type from { id } to { __typename id name ... on Meeting { startDate } } roles order }
      spoke: relationshipCount(of: $of, types: [ATTENDED], roles: [SPOKE])
      april: relationships(of: $of, from: "2026-04-01", to: "2026-04-30") { type to { name } title firstSeen lastSeen count } }`, { of: LIN });
    expect(d.all).toBe(5);
    expect(d.attended.map((r: any) => [r.type, r.from.id, r.to.__typename, r.to.name, r.to.startDate, r.roles, r.order])).toEqual([
      ['ATTENDED', LIN, 'Meeting', '云溪县2026年经济工作会议', '2026-03-04', ['PRESIDED', 'SPOKE'], 1],
      ['ATTENDED', LIN, 'Meeting', '云溪县委务虚会', '2026-04-10', ['PRESIDED'], 1],
    ]);
    expect(d.spoke).toBe(1);
    expect(d.april.map((r: any) => [r.type, r.to.name])).toEqual([
      ['HOLDS_POSITION', '中共云溪县委员会'], ['ATTENDED', '云溪县委务虚会'], ['MENTIONS', '林晓峰'],
    ]);
    expect(d.april[0]).toMatchObject({ title: '书记', firstSeen: '2026-03-05', lastSeen: '2026-04-12', count: null });
    expect(d.april[2].count).toBe(1);
  });

  it('an unknown node has no relationships; limits hold', async () => {
    expect(await ask('{ relationships(of: "person:nobody") { id } relationshipCount(of: "person:nobody") }'))
      .toEqual({ relationships: [], relationshipCount: 0 });
    const r = await gql(url(), `{ relationships(of: "${LIN}", limit: 1001) { id } }`);
    expect(r.body.errors?.[0]?.message).toMatch(/limit must be at most 1000/);
  });

  it('search keeps the labels asked for', async () => {
    const d = await ask('{ places: search(text: "石门", labels: [Place]) { __typename name } any: search(text: "石门") { __typename } }');
    expect(d.places).toEqual([{ __typename: 'Place', name: '石门镇' }]);
    expect(d.any).toHaveLength(2);
  });

  it('marks where the ends of a relationship are named in each evidence sentence', async () => {
    const d = await ask(`{ person(name: "韩子墨") {
      positions { organization { name } evidence { sentence mentions { node { name } start end text } } }
      attended { meeting { name } evidence { sentence mentions { node { __typename name } start end text } } } } }`);
    const first = d.person.positions[0].evidence[0];
    expect(first.sentence).toBe('县商务局局长韩子墨参加会议。');
    expect(first.mentions).toEqual([
      { node: { name: '云溪县商务局' }, start: 0, end: 4, text: '县商务局' },
      { node: { name: '韩子墨' }, start: 6, end: 9, text: '韩子墨' },
    ]);
    const video = d.person.attended.find((a: any) => a.meeting.name === '云溪县委务虚会').evidence[0];
    expect(video.mentions.map((m: any) => [m.node.__typename, m.text, video.sentence.slice(m.start, m.end)]))
      .toEqual([['Person', '韩子墨', '韩子墨']]);
  });
}
