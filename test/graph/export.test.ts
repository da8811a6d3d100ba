import { beforeAll, describe, expect, it } from 'vitest';
import { openGraphologyStore, type GraphologyStore } from '../../src/graph/graphology-store.js';
import { asInputs, ingestRecords } from '../../src/graph/ingest.js';
import { EXPORT_FORMATS, type ExportTarget } from '../../src/graph/export/formats.js';
import { cypherLiteral } from '../../src/graph/export/cypher-literal.js';
import { YUNXI } from '../fixtures/graph/yunxi.js';

let store: GraphologyStore;
beforeAll(async () => {
  store = await openGraphologyStore(null);
  await ingestRecords(asInputs(YUNXI), store);
});

async function exported(format: string): Promise<string> {
  let text = '';
  const target: ExportTarget = { path: null, write: async (c) => { text += c; } };
  const counts = await EXPORT_FORMATS[format]!(store, target);
  expect(counts).toEqual({ nodes: 16, relationships: 45 });
  return text;
}

/** A small well-formedness check: every tag closes in order, attributes are quoted, entities are known. */
function checkXml(xml: string): void {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  for (const m of body.matchAll(/<(\/?)([A-Za-z_][\w.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/g)) {
    if (m[1]) expect(stack.pop()).toBe(m[2]);
    else if (!m[4]) stack.push(m[2] as string);
  }
  expect(stack).toEqual([]);
  expect(body.replace(/<[^>]*>/g, '')).not.toMatch(/[<>]|&(?!(amp|lt|gt|quot|apos);)/);
  expect(body.match(/</g)?.length).toBe([...body.matchAll(/<(\/?)([A-Za-z_][\w.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/g)].length);
}

describe('export', () => {
  it('jsonl follows the APOC export JSON-lines shape', async () => {
    const lines = (await exported('jsonl')).trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(16 + 45);
    const person = lines.find((l) => l.id === 'person:林晓峰');
    expect(person).toEqual({ type: 'node', id: 'person:林晓峰', labels: ['Person'], properties: { id: 'person:林晓峰', name: '林晓峰', aliases: [] } });
    const att = lines.find((l) => l.type === 'relationship' && l.label === 'ATTENDED' && l.start.id === 'person:韩子墨' && l.end.id.includes('务虚会'));
    expect(Object.keys(att)).toEqual(['type', 'id', 'label', 'properties', 'start', 'end']);
    expect(att.start).toEqual({ id: 'person:韩子墨', labels: ['Person'] });
    expect(att.end).toEqual({ id: 'meeting:云溪县委务虚会@2026-04-10', labels: ['Meeting'] });
    expect(att.properties).toMatchObject({
      roles: ['VIDEO_SPEECH'], order: 3, evidenceArticle: ['article:a1b2c3d4e5f60002'],
      evidenceSentence: ['云溪县商务局局长韩子墨作视频讲话。'], evidenceDate: ['2026-04-12'],
    });
    expect(lines.findIndex((l) => l.type === 'relationship')).toBe(16);
  });

  it('graphml is well-formed and declares every key it uses', async () => {
    const xml = await exported('graphml');
    checkXml(xml);
    const declared = new Set([...xml.matchAll(/<key id="([^"]+)" for="(node|edge)" attr.name="[^"]+" attr.type="(string|int|double|boolean)"\/>/g)].map((m) => m[1]));
    const used = new Set([...xml.matchAll(/<data key="([^"]+)">/g)].map((m) => m[1]));
    expect([...used].filter((k) => !declared.has(k))).toEqual([]);
    expect(declared.has('n_labels') && declared.has('e_label') && declared.has('e_evidenceSentence')).toBe(true);
    expect(xml).toContain('<key id="e_order" for="edge" attr.name="order" attr.type="int"/>');
    expect(xml.match(/<node /g)).toHaveLength(16);
    expect(xml.match(/<edge /g)).toHaveLength(45);
  });

  it('cypher uses only parameters: fixed query texts, values set with :param', async () => {
    const script = await exported('cypher');
    const lines = script.trimEnd().split('\n');
    const queries = lines.filter((l) => !l.startsWith(':param ') && !l.startsWith('//'));
    for (const q of queries) {
      expect(q).toMatch(/^(CREATE CONSTRAINT \w+ IF NOT EXISTS FOR \(n:\w+\) REQUIRE n\.id IS UNIQUE;|UNWIND \$rows AS row (MERGE \(n:\w+ \{id: row\.id\}\) SET n \+= row\.props;|MATCH \(a(:\w+)? \{id: row\.from\}\) MATCH \(b(:\w+)? \{id: row\.to\}\) MERGE \(a\)-\[r:\w+ \{id: row\.id\}\]->\(b\) SET r \+= row\.props;))$/);
    }
    const params = lines.filter((l) => l.startsWith(':param '));
    expect(params.length).toBe(queries.filter((q) => q.startsWith('UNWIND')).length);
    expect(lines.every((l, i) => !l.startsWith(':param ') || lines[i + 1]?.startsWith('UNWIND $rows'))).toBe(true);
    expect(script).toContain("{id: 'person:林晓峰', props: {name: '林晓峰', aliases: []}}");
  });

  it.each([
    ["it's", "'it\\'s'"],
    ['a\\b\nc', "'a\\\\b\\nc'"],
    [{ 'odd key': 1, ok: [true, null] }, '{`odd key`: 1, ok: [true, null]}'],
  ])('cypherLiteral(%j) = %s', (value, expected) => expect(cypherLiteral(value as never)).toBe(expected));
});
