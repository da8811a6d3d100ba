// Retries beyond the driver's own. session.executeWrite already retries transient errors (deadlocks, a leader switch,
// a lost connection) with exponential back-off; a ConstraintValidationFailed is not transient to the driver, yet
// with several writers it can be the loser's side of two MERGEs of one new id, and that transaction succeeds when
// run again (it then finds the node). It is retried the same way: back-off doubling from 100 ms with ±20 % jitter.
import { setTimeout as sleep } from 'node:timers/promises';

export const CONSTRAINT_FAILED = 'Neo.ClientError.Schema.ConstraintValidationFailed';

/** Attempts in all (the first included) for a transaction that keeps failing on a constraint. */
export const CONSTRAINT_ATTEMPTS = 5;

export const isConstraintRace = (err: unknown): boolean => (err as { code?: unknown } | null)?.code === CONSTRAINT_FAILED;

/** Runs `work` again while it fails with a constraint race, at most CONSTRAINT_ATTEMPTS times; `onRetry` before each. */
export async function retryConstraintRaces<T>(work: () => Promise<T>, onRetry: (err: unknown) => void): Promise<T> {
  for (let attempt = 1, delay = 100; ; attempt++, delay *= 2) {
    try {
      return await work();
    } catch (err) {
      if (!isConstraintRace(err) || attempt >= CONSTRAINT_ATTEMPTS) throw err;
      onRetry(err);
      await sleep(delay * (0.8 + 0.4 * Math.random()));
    }
  }
}
