// Every query of the analysts' library (cypher/queries/*.cypher) against Neo4j loaded with the sample page.
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCypherFile, parseParam } from '../../src/neo4j/query-file.js';
import { runKg } from '../cli/run-kg.js';
import { SEED_PAGE, sharedPresent } from '../helpers/shared.js';
import { neo4jAvailable, neo4jUri } from '../setup/neo4j-env.js';
import { emptyNeo4jStore } from './helpers.js';

const DIR = new URL('../../cypher/queries/', import.meta.url).pathname;
const query = (name: string, ...params: string[]) =>
  runCypherFile(`${DIR}${name}.cypher`, Object.fromEntries(params.map(parseParam)), { uri: neo4jUri() });

describe.skipIf(!neo4jAvailable() || !sharedPresent())('the Cypher library on the sample page', () => {
  beforeAll(async () => {
    await (await emptyNeo4jStore()).close();
    const r = runKg(['ingest', '--neo4j', SEED_PAGE], { env: { NEO4J_URI: neo4jUri() } });
    expect(r.code, r.stderr).toBe(0);
  });

  it('has a header (what it answers, parameters, example) on every query', () => {
    for (const f of readdirSync(DIR)) {
      const head = readFileSync(`${DIR}${f}`, 'utf8');
      expect(head).toMatch(/^\/\/ .+\n(\/\/.*\n)*\/\/ Parameters: /);
      expect(head).toMatch(/\/\/ Example: +kg query cypher\/queries\//);
    }
  });

  it('meeting-attendees: who attended the work retreat of 2 to 3 December, in which roles', async () => {
    const rows = await query('meeting-attendees', 'meeting=务虚会', 'from=null', 'to=null');
    expect(rows.map((r) => [r.person, [...(r.roles as string[])].sort().join('+')])).toEqual([
      ['孙永红', 'PRESIDED+SPOKE'], ['赵士玉', 'ATTENDED+SPOKE'], ['王清源', 'ATTENDED+SPOKE'],
      ['佟海燕', 'ATTENDED'], ['逯鹰', 'ATTENDED'], ['李金国', 'ATTENDED'], ['刘鲁强', 'ATTENDED'],
    ]);
    expect(rows[0]).toMatchObject({ startDate: '2022-12-02', endDate: '2022-12-03' });
  });

  it('person-meetings: a person\'s meetings in a date range', async () => {
    const rows = await query('person-meetings', 'person=王清源', 'from=2022-12-01', 'to=2022-12-31');
    expect(rows.map((r) => r.startDate)).toEqual(['2022-12-02', '2022-12-04']);
    expect(await query('person-meetings', 'person=王清源', 'from=2023-01-01', 'to=null')).toEqual([]);
  });

  it('person-positions: titles and organisations with evidence', async () => {
    const rows = await query('person-positions', 'person=王清源');
    expect(rows.map((r) => r.title).sort()).toEqual(['副书记', '区长']);
    expect(String(rows[0]?.evidence)).toContain('王清源');
  });

  it('co-attendance: the people who sat with a person, with counts', async () => {
    const rows = await query('co-attendance', 'person=孙永红', 'limit=10');
    expect(rows).toHaveLength(6);
    expect(rows.every((r) => Number(r.meetings) === 1)).toBe(true);
  });

  it('organization-members: members of a body', async () => {
    const org = (await query('person-positions', 'person=孙永红')).find((r) => String(r.organization).endsWith('工委'))!.organization as string;
    const rows = await query('organization-members', `organization=${org}`);
    expect(rows.map((r) => r.person).sort()).toEqual(['孙永红', '王清源', '赵士玉'].sort());
  });

  it('shortest-path: a chain between two people', async () => {
    const rows = await query('shortest-path', 'a=孙永红', 'b=刘腾');
    expect(rows).toHaveLength(1);
    const nodes = rows[0]?.nodes as string[];
    expect([nodes[0], nodes.at(-1)]).toEqual(['孙永红', '刘腾']);
    expect(Number(rows[0]?.hops)).toBeLessThanOrEqual(6);
  });

  it('most-connected-people: in a date range', async () => {
    const rows = await query('most-connected-people', 'from=2022-12-01', 'to=2022-12-31', 'limit=3');
    expect(rows).toHaveLength(3);
    expect(Number(rows[0]?.people)).toBe(6);
  });

  it('companies-by-place: companies and the honours they received', async () => {
    const rows = await query('companies-by-place', 'place=青岛');
    const haier = rows.find((r) => r.company === '青岛海尔洗涤电器有限公司');
    expect(haier).toMatchObject({ honour: '滚筒洗衣机智能制造示范工厂', recognizedBy: '工业和信息化部', year: 2022 });
  });
});
