// The CSV and header files `kg export --format neo4j-admin` writes for `neo4j-admin database import full`
// (the real import tool reads them in cli.suite.ts; here, their shape without a Neo4j).
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openGraphologyStore } from '../../src/graph/graphology-store.js';
import { asInputs, ingestRecords } from '../../src/graph/ingest.js';
import { exportNeo4jAdmin, type AdminExport } from '../../src/neo4j/admin-export.js';
import { YUNXI } from '../fixtures/graph/yunxi.js';
import { YUNXI_COUNTS } from '../graph/store-contract.js';

/** RFC 4180 fields of one line (every field here is quoted or empty). */
function fields(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let v = '';
      i++;
      for (;;) {
        if (line[i] === '"' && line[i + 1] === '"') { v += '"'; i += 2; } else if (line[i] === '"') { i++; break; } else { v += line[i]; i++; }
      }
      out.push(v);
    } else {
      const end = line.indexOf(',', i);
      out.push(line.slice(i, end < 0 ? line.length : end));
      i = end < 0 ? line.length : end;
    }
    i++;
  }
  return out;
}

describe('kg export --format neo4j-admin', () => {
  let dir: string;
  let r: AdminExport;
  const read = (f: string) => readFileSync(join(dir, f), 'utf8');
  const rows = (f: string) => read(f).trimEnd().split('\n').map(fields);

  beforeAll(async () => {
    const s = await openGraphologyStore(null);
    const org = (name: string) => ({ id: `org:${name}`, label: 'Organization' as const, name, aliases: [], props: {} });
    // the first PART_OF met has no evidence: its empty lists must not make the columns string[]
    await s.mergeBatch({ nodes: [org('甲局'), org('乙委')], edges: [{ id: 'PART_OF|org:甲局|org:乙委', type: 'PART_OF', from: 'org:甲局', to: 'org:乙委', props: {}, evidence: [] }] });
    await ingestRecords(asInputs(YUNXI), s);
    await s.mergeBatch({ nodes: [{ id: 'person:石"一;二', label: 'Person', name: '石"一;二', aliases: ['a;b', 'c,d'], props: {} }], edges: [] });
    dir = mkdtempSync(join(tmpdir(), 'kg-admin-shape-'));
    r = await exportNeo4jAdmin(s, dir);
    await s.close();
  });

  it('writes one data file and one header file per label and per relationship type', () => {
    const labels = Object.keys(YUNXI_COUNTS.nodes).sort();
    const types = Object.keys(YUNXI_COUNTS.relationships).sort();
    expect(readdirSync(dir).sort()).toEqual([
      'import.sh',
      ...labels.flatMap((l) => [`nodes-${l}.csv`, `nodes-${l}.header.csv`]),
      ...types.flatMap((t) => [`rels-${t}.csv`, `rels-${t}.header.csv`]),
    ].sort());
    expect(r.nodes).toBe(Object.values(YUNXI_COUNTS.nodes).reduce((a, b) => a + b, 0) + 3);
    expect(r.relationships).toBe(Object.values(YUNXI_COUNTS.relationships).reduce((a, b) => a + b, 0) + 1);
  });

  it('heads nodes with id:ID, typed properties and :LABEL', () => {
    const head = read('nodes-Person.header.csv').trim().split(',');
    expect(head[0]).toBe('id:ID');
    expect(head.at(-1)).toBe(':LABEL');
    expect(head).toEqual(expect.arrayContaining(['name:string', 'aliases:string[]']));
    const meeting = read('nodes-Meeting.header.csv').trim().split(',');
    expect(meeting).toEqual(expect.arrayContaining(['startDate:string', 'kind:string']));
  });

  it('heads relationships with :START_ID, :END_ID, typed properties (evidence as arrays) and :TYPE', () => {
    const head = read('rels-ATTENDED.header.csv').trim().split(',');
    expect(head.slice(0, 2)).toEqual([':START_ID', ':END_ID']);
    expect(head.at(-1)).toBe(':TYPE');
    expect(head).toEqual(expect.arrayContaining([
      'roles:string[]', 'order:long', 'evidenceArticle:string[]', 'evidenceStart:long[]', 'evidenceEnd:long[]', 'evidenceSentence:string[]',
    ]));
  });

  it('types evidence columns by their values, even when the first relationship has none', () => {
    expect(read('rels-PART_OF.header.csv').trim().split(',')).toEqual(expect.arrayContaining(['evidenceStart:long[]', 'evidenceEnd:long[]']));
  });

  it('quotes every value, doubles quotes, and joins arrays with ";" (a ";" inside an element is full-width)', () => {
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.csv') && !x.includes('header'))) {
      const width = read(f.replace('.csv', '.header.csv')).trim().split(',').length;
      for (const row of rows(f)) expect(row, f).toHaveLength(width);
    }
    const head = read('nodes-Person.header.csv').trim().split(',');
    const odd = rows('nodes-Person.csv').find((x) => x[0] === 'person:石"一;二')!;
    expect(odd[head.indexOf('name:string')]).toBe('石"一;二');
    expect(odd[head.indexOf('aliases:string[]')]).toBe('a；b;c,d');
    expect(odd.at(-1)).toBe('Person');
    expect(read('nodes-Person.csv')).toContain('"person:石""一;二"');
    const part = read('rels-PART_OF.header.csv').trim().split(',');
    const bare = rows('rels-PART_OF.csv').find((x) => x[0] === 'org:甲局')!;
    expect(bare[part.indexOf('evidenceStart:long[]')]).toBe('');
    expect(read('rels-PART_OF.csv').split('\n')[0]).not.toContain(',"",');
  });

  it('gives the import command, also as import.sh', () => {
    expect(r.command).toMatch(/^neo4j-admin database import full neo4j --array-delimiter=';' /);
    expect(r.command).toContain('--nodes=Person=nodes-Person.header.csv,nodes-Person.csv');
    expect(r.command).toContain('--relationships=ATTENDED=rels-ATTENDED.header.csv,rels-ATTENDED.csv');
    expect(read('import.sh')).toContain(r.command);
  });
});
