// End to end: the sample page of ../shared is extracted, ingested and served; over HTTP the server answers
// "who attended the 务虚会议 of 12月2日至3日, in which roles" exactly as the gold annotation says.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractInputs } from '../../src/extract/pipeline.js';
import { openGraphologyStore } from '../../src/graph/graphology-store.js';
import { ingestRecords } from '../../src/graph/ingest.js';
import { startServer, type RunningServer } from '../../src/graphql/server.js';
import { gql } from './http.js';
import { SEED_GOLD as GOLD, SEED_PAGE as PAGE, sharedPresent } from '../helpers/shared.js';

interface GoldMeeting { name: string; startDate?: string; endDate?: string; attendees: { person: string; roles: string[] }[] }

describe.skipIf(!sharedPresent())('the sample page over HTTP', () => {
  let server: RunningServer;
  beforeAll(async () => {
    const store = await openGraphologyStore(null);
    const summary = await ingestRecords(extractInputs([PAGE], { jsonl: false }), store);
    expect(summary.failed).toEqual([]);
    server = await startServer(store, { port: 0 });
  });
  afterAll(async () => { await server?.close(); });

  it('answers who attended the 务虚会议 of 12月2日至3日 and in which roles', async () => {
    const gold = (JSON.parse(readFileSync(GOLD, 'utf8')).meetings as GoldMeeting[]).find((m) => m.name.includes('务虚会议'));
    expect(gold).toBeDefined();
    const r = await gql(server.url, `query($from: Date, $to: Date) { meetings(nameContains: "务虚会议", from: $from, to: $to, limit: 10) {
      name startDate endDate attendees { person { name } roles order evidence { sentence } } } }`, { from: gold!.startDate, to: gold!.endDate });
    expect(r.body.errors).toBeUndefined();
    const meetings = r.body.data!.meetings as { startDate: string; endDate: string; attendees: { person: { name: string }; roles: string[]; evidence: unknown[] }[] }[];
    expect(meetings).toHaveLength(1);
    expect([meetings[0]!.startDate, meetings[0]!.endDate]).toEqual([gold!.startDate, gold!.endDate]);
    const got = meetings[0]!.attendees.map((a) => [a.person.name, [...a.roles].sort()]);
    const want = gold!.attendees.map((a) => [a.person, [...a.roles].sort()]);
    expect(got).toEqual(want);
    expect(meetings[0]!.attendees.every((a) => a.evidence.length > 0)).toBe(true);
  });
});
