// The writer's lock on a graph file: a `<file>.lock` folder made with mkdir (atomic on local and network file
// systems) by proper-lockfile, which refreshes its mtime every UPDATE_MS while held. A lock whose mtime is older
// than STALE_MS belongs to a process that died (kill -9, power loss) and is taken over; a live holder is waited
// for, up to `waitSeconds`. docs/design-choices.md § "The embedded store: one writer at a time" has the why.
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import lockfile from 'proper-lockfile';
import { GraphStoreError } from './store.js';

/** A lock not refreshed for this long is stale (its holder is gone). */
export const STALE_MS = 10_000;
/** How often a holder refreshes its lock: several refreshes fit in STALE_MS even on a busy machine. */
export const UPDATE_MS = 2_000;
/** What `--wait` defaults to: long enough for another process's merge of 10^5 articles. */
export const DEFAULT_WAIT_SECONDS = 600;
/** The exit status of a command that gave up waiting (sysexits' EX_TEMPFAIL: try again later). */
export const EXIT_LOCKED = 75;

/** Waiting for the lock took longer than `--wait`: nothing was written. */
export class StoreLockedError extends GraphStoreError {
  override name = 'StoreLockedError';
  readonly exitCode = EXIT_LOCKED;
}

/** The file changed under a writer, or its lock was lost: the write was abandoned (updateStoreFile merges again). */
export class StoreConflictError extends GraphStoreError {
  override name = 'StoreConflictError';
}

export interface LockWaitOptions {
  /** how long to wait for another writer; 0: give up at once */
  waitSeconds: number;
  /** told once when the lock is held by someone else and waiting begins */
  onWait?: (message: string) => void;
}

export interface StoreLock {
  readonly file: string;
  /** the reason the lock was lost (its refresh failed and another process may have taken it), or null */
  lost(): Error | null;
  release(): Promise<void>;
}

export const lockPath = (file: string): string => `${file}.lock`;

const pause = (ms: number): Promise<void> => new Promise((res) => setTimeout(res, ms));

/** Takes the writer's lock on `file` (which need not exist yet), waiting for another holder as `o` says. */
export async function lockStore(file: string, o: LockWaitOptions): Promise<StoreLock> {
  await mkdir(dirname(file), { recursive: true });
  const deadline = Date.now() + o.waitSeconds * 1000;
  let lostWith: Error | null = null;
  let told = false;
  for (let delay = 50; ; delay = Math.min(1000, delay * 2)) {
    try {
      const release = await lockfile.lock(file, {
        realpath: false, stale: STALE_MS, update: UPDATE_MS, retries: 0,
        onCompromised: (err) => { lostWith = err; },
      });
      return { file, lost: () => lostWith, release: () => (lostWith ? Promise.resolve() : release()) };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ELOCKED') {
        throw new GraphStoreError(`${lockPath(file)}: cannot take the writer's lock (${(err as Error).message})`);
      }
    }
    if (Date.now() >= deadline) {
      throw new StoreLockedError(`${file}: another process is writing this graph (lock ${lockPath(file)}); gave up after `
        + `${o.waitSeconds} s and wrote nothing. Run again when it is done, or give a longer --wait`);
    }
    if (!told) {
      told = true;
      o.onWait?.(`${file} is being written by another process (lock ${lockPath(file)}); waiting up to ${o.waitSeconds} s (--wait; `
        + `a lock not refreshed for ${STALE_MS / 1000} s, whose writer died, is taken over)`);
    }
    await pause(Math.min(delay * (0.5 + Math.random()), Math.max(0, deadline - Date.now())));
  }
}
