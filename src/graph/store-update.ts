// Read-merge-write of the graph file under the writer's lock: the lock is taken first, the file is read fresh, the
// update runs on it and the result is written before the lock is released. Each writer thus starts from the
// previous writer's result, so N processes give what one process given their inputs in turn would.
import { openGraphologyStore, type GraphologyStore } from './graphology-store.js';
import { lockStore, StoreConflictError, type LockWaitOptions } from './store-lock.js';

/** A writer whose lock was taken over (it stalled for longer than STALE_MS) reads and merges again, this often. */
const ATTEMPTS = 3;

/**
 * Runs `update` on the store read from `file` under the writer's lock, then writes it. `update` may run more than
 * once (when the lock was lost before the write), each time on a freshly read store, so it must start from its
 * inputs again. Returns the written store (no longer locked: reading it is fine, writing it again locks again).
 */
export async function updateStoreFile<T>(file: string, o: LockWaitOptions,
  update: (store: GraphologyStore) => Promise<T>): Promise<{ store: GraphologyStore; value: T }> {
  for (let attempt = 1; ; attempt++) {
    const lock = await lockStore(file, o);
    try {
      const locked = await openGraphologyStore(file, lock);
      const value = await update(locked);
      await locked.flush();
      locked.detachLock();
      return { store: locked, value };
    } catch (err) {
      if (!(err instanceof StoreConflictError) || attempt >= ATTEMPTS) throw err;
      o.onWait?.(`${err.message}; reading ${file} again to merge (attempt ${attempt + 1} of ${ATTEMPTS})`);
    } finally {
      await lock.release();
    }
  }
}
