// Starts node again under kg's V8 flags (v8-flags.ts) for the commands that extract, with the same arguments,
// standard streams and environment; the parent waits, passes on the signals it receives and exits as the child
// did. Used by bin/kg.js before anything else is loaded (the parent stays a small process).
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { statSize } from '../io/large-input.js';
import { flagsFor, FLAGS_ENV, RELAUNCHED_ENV } from './v8-flags.js';

/** node's own status for options it does not know (kg never exits with it). */
const NODE_BAD_OPTION = 9;

const FORWARDED: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * Runs `script argv` in a node started with the flags, when the command wants some: resolves to the exit status
 * to leave with, or null when the command should run in this process (no flags wanted, or this node refused
 * them: it then says so on stderr and the command runs without them).
 */
export async function relaunch(script: string, argv: readonly string[]): Promise<number | null> {
  const flags = flagsFor(argv, process.execArgv, process.env, statSize);
  if (!flags) return null;
  const child = spawn(process.execPath, [...flags, ...process.execArgv, script, ...argv], {
    stdio: 'inherit',
    env: { ...process.env, [RELAUNCHED_ENV]: String(process.pid) },
  });
  const forward = (signal: NodeJS.Signals): void => { child.kill(signal); };
  for (const s of FORWARDED) process.on(s, forward);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (c, s) => resolve([c, s]));
  }).finally(() => { for (const s of FORWARDED) process.off(s, forward); });
  if (signal) {
    // ended by a signal: end the same way, so that a shell or a supervisor sees what happened
    process.kill(process.pid, signal);
    return 128 + constants.signals[signal]; // (what a shell reports, should the signal be ignored here)
  }
  if (code === NODE_BAD_OPTION) {
    process.stderr.write(`kg: this node (${process.version}) refused the V8 flags ${flags.join(' ')}; running without them (${FLAGS_ENV}= skips them)\n`);
    return null;
  }
  return code ?? 1;
}

/** How often a relaunched node looks whether the node that started it is still there. */
const WATCH_MS = 500;

/**
 * In a relaunched node: ends it when the node that waits for it is gone (killed with kill -9, which it cannot pass
 * on), so that no extraction goes on unseen. Checked between batches, on a timer that keeps nothing alive.
 */
export function watchParent(): void {
  const parent = Number(process.env[RELAUNCHED_ENV]);
  if (!Number.isInteger(parent) || parent <= 1) return;
  setInterval(() => { if (process.ppid !== parent) process.exit(128 + 9); }, WATCH_MS).unref();
}
