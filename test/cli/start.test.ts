// kg start as `npm start` runs it: ingests (in a child process), then serves the explorer and GraphQL from a
// process that holds no extraction dictionaries and no nodejieba; stops cleanly on SIGTERM.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { KG } from './run-kg.js';
import { gql } from '../graphql/http.js';

const PAGE = fileURLToPath(new URL('../../examples/qinghe-county.gbk.txt', import.meta.url));

describe('kg start', () => {
  it('ingests, then serves from a process without the extraction dictionaries', async () => {
    const store = join(mkdtempSync(join(tmpdir(), 'kg-start-')), 'graph.json');
    const child = spawn(process.execPath, [KG, 'start', '--store', store, '--port', '0', PAGE], { stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    let err = '';
    child.stderr.on('data', (d: Buffer) => { err += d.toString(); });
    const origin = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /^Explorer: (http:\/\/127\.0\.0\.1:\d+)\/$/m.exec(out);
        if (m && /^GraphQL: /m.test(out)) resolve(m[1] as string);
      });
      child.on('exit', () => reject(new Error(`kg start exited early: ${out} ${err}`)));
    });
    expect(err).toMatch(/kg start: 1 articles? read/);
    const r = await gql(`${origin}/graphql`, '{ person(name: "吕承安") { name } }');
    expect(r.body.data?.person).toEqual({ name: '吕承安' });
    expect((await fetch(`${origin}/`)).headers.get('content-type')).toBe('text/html; charset=utf-8');
    const maps = `/proc/${child.pid}/maps`;
    if (existsSync(maps)) expect(readFileSync(maps, 'utf8')).not.toMatch(/nodejieba/);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
