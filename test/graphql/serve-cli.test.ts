// kg serve as a user runs it: prints its URL when ready, answers GraphQL, stops cleanly on SIGTERM.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openGraphologyStore } from '../../src/graph/graphology-store.js';
import { asInputs, ingestRecords } from '../../src/graph/ingest.js';
import { KG, runKg } from '../cli/run-kg.js';
import { YUNXI } from '../fixtures/graph/yunxi.js';
import { gql } from './http.js';

describe('kg serve', () => {
  it('prints its URL, serves GraphQL and exits 0 on SIGTERM', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kg-serve-')), 'graph.json');
    const store = await openGraphologyStore(file);
    await ingestRecords(asInputs(YUNXI), store);
    await store.flush();
    const child = spawn(process.execPath, [KG, 'serve', '--store', file, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /^(http:\/\/127\.0\.0\.1:\d+\/graphql)$/m.exec(out);
        if (m) resolve(m[1] as string);
      });
      child.on('exit', () => reject(new Error(`kg serve exited early: ${out}`)));
    });
    const r = await gql(url, '{ person(name: "林晓峰") { positions { title organization { name } } } }');
    expect(r.body.data?.person.positions).toEqual([{ title: '书记', organization: { name: '中共云溪县委员会' } }]);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it.each([
    [['--max-body', 'lots'], /--max-body must be a size such as/],
    [['--timeout', '0'], /--timeout must be a positive number/],
    [['--cors'], /--cors needs a value/],
  ])('%j is a usage error', (flags, message) => {
    const r = runKg(['serve', '--store', '/nonexistent/graph.json', ...flags]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
