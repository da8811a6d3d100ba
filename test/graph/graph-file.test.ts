import { describe, expect, it } from 'vitest';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openGraphologyStore } from '../../src/graph/graphology-store.js';
import { writeGraphFile } from '../../src/graph/graph-file.js';
import { GraphStoreError } from '../../src/graph/store.js';
import { asInputs, ingestRecords } from '../../src/graph/ingest.js';
import type { GraphNode } from '../../src/graph/model.js';
import { YUNXI } from '../fixtures/graph/yunxi.js';
import { runStoreContract } from './store-contract.js';

const tempDir = (): Promise<string> => mkdtemp(join(tmpdir(), 'kg-graph-'));

runStoreContract('graphology (file-backed)', async () => openGraphologyStore(join(await tempDir(), 'graph.json')));

describe('graph file', () => {
  it('round-trips the graph through JSON lines with a header line', async () => {
    const file = join(await tempDir(), 'sub', 'graph.json');
    const a = await openGraphologyStore(file);
    await ingestRecords(asInputs(YUNXI), a);
    await a.flush();
    const lines = (await readFile(file, 'utf8')).trimEnd().split('\n');
    expect(JSON.parse(lines[0] as string)).toEqual({ format: 'kg-graph', version: 1, nodes: 16, edges: 45 });
    expect(lines).toHaveLength(1 + 16 + 45);
    expect(lines.slice(1).every((l) => ['node', 'edge'].includes(JSON.parse(l).t))).toBe(true);
    const b = await openGraphologyStore(file);
    expect(await b.counts()).toEqual(await a.counts());
    expect(await b.getNode('org:中共云溪县委员会')).toEqual(await a.getNode('org:中共云溪县委员会'));
    expect((await b.findByName('Organization', '云溪县委'))?.id).toBe('org:中共云溪县委员会');
  });

  it('re-ingesting the same articles leaves the file byte-identical', async () => {
    const file = join(await tempDir(), 'graph.json');
    const a = await openGraphologyStore(file);
    await ingestRecords(asInputs(YUNXI), a);
    await a.flush();
    const before = await readFile(file, 'utf8');
    const b = await openGraphologyStore(file);
    expect(await ingestRecords(asInputs(YUNXI), b)).toMatchObject({ unchanged: 2, added: 0 });
    await b.flush();
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('a write that fails midway leaves the old file intact and no temp file behind', async () => {
    const dir = await tempDir();
    const file = join(dir, 'graph.json');
    await writeFile(file, 'old contents\n');
    const failing = (function* (): Generator<GraphNode> {
      yield { id: 'person:甲', label: 'Person', name: '甲', aliases: [], props: {} };
      throw new Error('disk on fire');
    })();
    await expect(writeGraphFile(file, failing, [], { nodes: 1, edges: 0 })).rejects.toThrow('disk on fire');
    expect(await readFile(file, 'utf8')).toBe('old contents\n');
    expect(await readdir(dir)).toEqual(['graph.json']);
  });

  it.each([
    ['not a kg file', '{"format":"other","version":1}\n', 'graph.json:1:'],
    ['a newer version', '{"format":"kg-graph","version":9}\n', 'graph.json:1:'],
    ['a broken line', '{"format":"kg-graph","version":1}\n{"t":"node",\n', 'graph.json:2:'],
    ['an unknown label', '{"format":"kg-graph","version":1}\n{"t":"node","id":"x:1","label":"Thing"}\n', 'graph.json:2:'],
    ['an edge to nowhere', '{"format":"kg-graph","version":1}\n{"t":"edge","id":"e","type":"WROTE","from":"a","to":"b","props":{},"evidence":[]}\n', 'refers to missing node'],
  ])('refuses %s with a typed error naming the place', async (_what, text, where) => {
    const file = join(await tempDir(), 'graph.json');
    await writeFile(file, text);
    const err = await openGraphologyStore(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GraphStoreError);
    expect((err as Error).message).toContain(where);
  });
});
