// kg ingest / stats / load / export neo4j-admin against the real Neo4j, as a user runs them.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { runKg } from '../cli/run-kg.js';
import { neo4jAvailable, neo4jUri } from '../setup/neo4j-env.js';
import { emptyNeo4jStore } from './helpers.js';

const EXAMPLES = new URL('../../examples/', import.meta.url).pathname;
const env = () => ({ NEO4J_URI: neo4jUri(), NEO4J_USER: '', NEO4J_PASSWORD: '' });
const stats = () => JSON.parse(runKg(['stats', '--neo4j', '--json'], { env: env() }).stdout);

describe.skipIf(!neo4jAvailable())('kg with --neo4j', () => {
  beforeAll(async () => { await (await emptyNeo4jStore()).close(); });

  it('ingests articles into Neo4j, and ingesting them again changes nothing', () => {
    const first = runKg(['ingest', '--neo4j', join(EXAMPLES, 'yunshan-daily-page.txt')], { env: env() });
    expect(first.code, first.stderr).toBe(0);
    const once = stats();
    expect(once.nodes.Article).toBe(3);
    expect(once.relationships.ATTENDED).toBeGreaterThan(5);
    const again = runKg(['ingest', '--neo4j', join(EXAMPLES, 'yunshan-daily-page.txt')], { env: env() });
    expect(again.code, again.stderr).toBe(0);
    expect(stats()).toEqual(once);
  });

  it('loads an embedded graph file into Neo4j idempotently', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-load-'));
    const file = join(dir, 'graph.json');
    expect(runKg(['ingest', '--store', file, join(EXAMPLES, 'qinghe-county.gbk.txt')]).code).toBe(0);
    const before = stats();
    const r = runKg(['load', '--from', file], { env: env() });
    expect(r.code, r.stderr).toBe(0);
    const after = stats();
    expect(after.nodes.Article).toBe(before.nodes.Article + 1);
    expect(runKg(['load', '--from', file], { env: env() }).code).toBe(0);
    expect(stats()).toEqual(after);
  });

  it('kg query runs a library query as a table or JSON lines; a missing parameter is a usage error', () => {
    const file = new URL('../../cypher/queries/co-attendance.cypher', import.meta.url).pathname;
    const json = runKg(['query', file, '--param', 'person=郑启航', '--param', 'limit=3', '--json'], { env: env() });
    expect(json.code, json.stderr).toBe(0);
    const rows = json.stdout.trim().split('\n').map((l) => JSON.parse(l) as { person: string; meetings: number });
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => r.person)).toContain('周明远');
    expect(json.stderr).toContain('3 row(s)');
    const table = runKg(['query', file, '--param', 'person=郑启航', '--param', 'limit=3'], { env: env() });
    expect(table.stdout.split('\n')[0]).toMatch(/^person +│ meetings │ some/);
    const missing = runKg(['query', file, '--param', 'person=郑启航'], { env: env() });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--param limit=');
  });

  it('says clearly when Neo4j cannot be reached', () => {
    const r = runKg(['stats', '--neo4j'], { env: { NEO4J_URI: 'bolt://127.0.0.1:1' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bolt:\/\/127\.0\.0\.1:1.*not reachable/);
  });

  it('exports CSV for neo4j-admin that the real import tool reads', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-admin-'));
    const file = join(dir, 'graph.json');
    expect(runKg(['ingest', '--store', file, join(EXAMPLES, 'yunshan-daily-page.txt')]).code).toBe(0);
    const out = join(dir, 'csv');
    const r = runKg(['export', '--format', 'neo4j-admin', '--store', file, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('neo4j-admin database import full neo4j');
    const counts = JSON.parse(runKg(['stats', '--store', file, '--json']).stdout);
    const nodes = Object.values(counts.nodes as Record<string, number>).reduce((a, b) => a + b, 0);
    const args = r.stderr.split('\n').find((l) => l.includes('import full'))!.replace(/^.*import full /, '').split(' ')
      .map((a) => a.replace(/^--array-delimiter='(.)'$/, '--array-delimiter=$1'));
    const admin = spawnSync(process.execPath, [new URL('../../scripts/neo4j-local.mjs', import.meta.url).pathname, 'admin', 'database', 'import', 'full', ...args],
      { cwd: out, encoding: 'utf8', env: { ...process.env, NEO4J_HOME_DIR: join(dir, 'home') } });
    expect(admin.stdout + admin.stderr).toContain('IMPORT DONE');
    expect(admin.stdout).toMatch(new RegExp(`${nodes} nodes`));
  });
});
