// Files that are no files to read: symlink loops, dangling symlinks, a socket, unreadable files. Made in the
// pages folder beside the generated pages; each is one input that must give one clear error (or, for an
// unreadable file that this user can read all the same — root —, its records).
import { chmodSync, closeSync, mkdirSync, openSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import type { FuzzCase } from './fuzz-case.js';

const readable = (path: string): boolean => {
  try { closeSync(openSync(path, 'r')); return true; } catch { return false; }
};

function listen(path: string): Promise<Server | null> {
  return new Promise((res) => {
    const server = createServer();
    server.once('error', () => res(null));
    server.listen(path, () => res(server));
  });
}

export interface SpecialFiles {
  cases: FuzzCase[];
  /** stops the socket servers (their socket files go with them) */
  close(): Promise<void>;
}

/**
 * In `root`/`dir`: self-referring and dangling symlinks, a folder symlink back to its parent (walked once, no
 * case), symlinks to a good page (`goodPage`, relative to `dir`), a socket, and copies of `goodPage`'s bytes
 * with no read permission.
 */
export async function makeSpecialFiles(root: string, dir: string, goodPage: { name: string; bytes: Buffer; key: string }, count: number): Promise<SpecialFiles> {
  const cases: FuzzCase[] = [];
  const servers: Server[] = [];
  const at = (name: string): string => join(root, dir, name);
  mkdirSync(at('loop'), { recursive: true });
  symlinkSync('..', at('loop/up'));
  for (let k = 0; k < count; k++) {
    symlinkSync(`self-loop-${k}.txt`, at(`self-loop-${k}.txt`));
    cases.push({ kind: 'symlink-loop', file: join(dir, `self-loop-${k}.txt`), expect: 'bad' });
    symlinkSync(`gone-${k}.txt`, at(`dangling-${k}.txt`));
    cases.push({ kind: 'symlink-dangling', file: join(dir, `dangling-${k}.txt`), expect: 'bad' });
    symlinkSync(goodPage.name, at(`link-${k}.txt`));
    cases.push({ kind: 'symlink-to-page', file: join(dir, `link-${k}.txt`), expect: 'good', sameAs: goodPage.key });
    const locked = at(`unreadable-${k}.txt`);
    writeFileSync(locked, goodPage.bytes);
    chmodSync(locked, 0o000);
    cases.push({ kind: 'unreadable', file: join(dir, `unreadable-${k}.txt`), ...(readable(locked) ? { expect: 'good', sameAs: goodPage.key } : { expect: 'bad' }) });
  }
  const socket = await listen(at('socket.txt'));
  if (socket) {
    servers.push(socket);
    cases.push({ kind: 'socket', file: join(dir, 'socket.txt'), expect: 'bad' });
  }
  return {
    cases,
    close: () => Promise.all(servers.map((s) => new Promise<void>((res) => s.close(() => res())))).then(() => undefined),
  };
}
