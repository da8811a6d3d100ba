// The writer's lock on a graph file and what the store does with it: one holder at a time, a stale lock taken over,
// a write over a file that changed since it was read refused, a read-merge-write under the lock that starts from
// the other writer's result.
import { mkdir, mkdtemp, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openGraphologyStore } from '../../src/graph/graphology-store.js';
import { asInputs, ingestRecords } from '../../src/graph/ingest.js';
import { lockPath, lockStore, StoreConflictError, StoreLockedError } from '../../src/graph/store-lock.js';
import { updateStoreFile } from '../../src/graph/store-update.js';
import { ARTICLE_1, ARTICLE_2 } from '../fixtures/graph/yunxi.js';

const tempFile = async (): Promise<string> => join(await mkdtemp(join(tmpdir(), 'kg-lock-')), 'graph.json');

describe('lockStore', () => {
  it('has one holder at a time: a second writer not willing to wait is refused with a StoreLockedError (exit 75)', async () => {
    const file = await tempFile();
    const first = await lockStore(file, { waitSeconds: 0 });
    const second = lockStore(file, { waitSeconds: 0 });
    await expect(second).rejects.toBeInstanceOf(StoreLockedError);
    await expect(second).rejects.toMatchObject({ exitCode: 75 });
    await first.release();
    const third = await lockStore(file, { waitSeconds: 0 });
    expect(third.lost()).toBeNull();
    await third.release();
  });

  it('waits for the holder, saying so once, and gets the lock when it is released', async () => {
    const file = await tempFile();
    const first = await lockStore(file, { waitSeconds: 0 });
    const told: string[] = [];
    setTimeout(() => { void first.release(); }, 300);
    const second = await lockStore(file, { waitSeconds: 10, onWait: (m) => told.push(m) });
    expect(told).toHaveLength(1);
    expect(told[0]).toMatch(/being written by another process \(lock .*graph\.json\.lock\); waiting up to 10 s/);
    await second.release();
  });

  it('takes over a lock whose holder died (not refreshed for longer than the stale time)', async () => {
    const file = await tempFile();
    await mkdir(lockPath(file));
    const minuteAgo = new Date(Date.now() - 60_000);
    await utimes(lockPath(file), minuteAgo, minuteAgo);
    const lock = await lockStore(file, { waitSeconds: 0 });
    expect(lock.lost()).toBeNull();
    await lock.release();
  });
});

describe('the graph file under the lock', () => {
  it('flush refuses to write over a file another writer changed after it was read, and keeps that writer\'s graph', async () => {
    const file = await tempFile();
    const late = await openGraphologyStore(file);
    const early = await openGraphologyStore(file);
    await ingestRecords(asInputs([ARTICLE_1]), early);
    await early.flush();
    const written = await readFile(file, 'utf8');
    await ingestRecords(asInputs([ARTICLE_2]), late);
    await expect(late.flush()).rejects.toBeInstanceOf(StoreConflictError);
    expect(await readFile(file, 'utf8')).toBe(written);
  });

  it('updateStoreFile reads the file fresh under the lock, so updates one after another add up', async () => {
    const file = await tempFile();
    await updateStoreFile(file, { waitSeconds: 0 }, (s) => ingestRecords(asInputs([ARTICLE_1]), s));
    const { store, value } = await updateStoreFile(file, { waitSeconds: 0 }, (s) => ingestRecords(asInputs([ARTICLE_2]), s));
    expect(value).toMatchObject({ added: 1 });
    expect((await store.counts()).nodes.Article).toBe(2);
    expect((await (await openGraphologyStore(file)).counts()).nodes.Article).toBe(2);
    await expect(lockStore(file, { waitSeconds: 0 }).then((l) => l.release())).resolves.toBeUndefined(); // released
  });

  it('a write under the lock removes the temporary files of writers killed mid-write', async () => {
    const file = await tempFile();
    const left = join(file, '..', '.graph.json.4242.1700000000000.tmp');
    await writeFile(left, '{"format":"kg-graph"');
    const store = await openGraphologyStore(file);
    await ingestRecords(asInputs([ARTICLE_1]), store);
    await store.flush();
    expect((await readdir(join(file, '..'))).sort()).toEqual(['graph.json']);
  });
});
