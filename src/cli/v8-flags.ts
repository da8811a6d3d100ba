// The V8 flags kg's extracting commands run under, each with the measurement that chose it (docs/performance.md
// § "Issue 14, fifth session" and "sixth session"). A garbage collector flag is only read when V8 starts
// (setting it later from v8.setFlagsFromString aborts the process at the next collection), so bin/kg.js starts
// node again with them: relaunch.ts. KG_V8_FLAGS overrides the list (empty: none, node as it comes).
import { isLargeInput, type SizeOf } from '../io/large-input.js';

export interface V8Flag {
  flag: string;
  reason: string;
}

export const V8_FLAGS: readonly V8Flag[] = [
  {
    flag: '--single-threaded-gc',
    reason:
      'extraction allocates many small, short-lived objects per sentence: the young generation is collected ' +
      'every few milliseconds, and handing each collection to helper threads costs more than it saves. Measured ' +
      'on 100k articles (2 cores): one worker 54.0 → 50.5 s wall, 58 → 52 s CPU; two workers 33.2 → 31.0 s. With ' +
      'workers on every core the helpers only take turns with the workers themselves.',
  },
  {
    flag: '--max-inlined-bytecode-size-cumulative=150',
    reason:
      'TurboFan compiles kg\'s rules on helper threads: about 450 functions, many of them large, each inlining its ' +
      'callees up to 920 bytes of bytecode by default. That compiling was a fifth of kg\'s CPU on 10k articles and, ' +
      'with a worker on every core, takes turns with the workers. With 150, compile time (V8\'s --trace-opt) fell ' +
      '8.0 → 4.5 s, and a whole process pinned to one core took 9 % less time at 10k articles (10.82 → 9.87 s) and 4 % ' +
      'less at 100k (51.2 → 49.3 s), run in pairs, one per core, cores swapped. 75, or no inlining at all (53.7 s ' +
      'at 100k), makes the rules themselves slower.',
  },
  {
    flag: '--no-turbo-loop-peeling',
    reason:
      'TurboFan copies the first turn of each loop out of it (loop peeling): more code to compile for every one of ' +
      'the rules\' many short loops over tokens and characters, which seldom run long enough to repay it. A whole ' +
      'process on one core, in pairs as above: 8.26 → 7.98 s at 10k (four pairs), 52.3 → 51.6 s at 100k (two).',
  },
];

/**
 * The commands that extract and write only to stdout, and when they get a second node: kg eval always (it reads
 * the tuning corpora), kg extract for large inputs (src/io/large-input.ts; a second node costs about 0.1 s at
 * start, more than the flags save on a page). The rest start and answer in well under a second, or (kg ingest,
 * kg start) write the graph: the process a user sees, and may kill, has to be the writer itself.
 */
export const FLAGGED_COMMANDS: ReadonlyMap<string, 'always' | 'large-input'> = new Map([['extract', 'large-input'], ['eval', 'always']]);

/** The environment variable that replaces the list (space-separated flags; empty for none). */
export const FLAGS_ENV = 'KG_V8_FLAGS';

/** Set in the relaunched process to the pid of the node waiting for it: it never starts another. */
export const RELAUNCHED_ENV = 'KG_RELAUNCHED';

/**
 * The flags to start node with for this command line, or null to run here: the command extracts nothing, its
 * inputs are small (the default list only; KG_V8_FLAGS, when set, applies to any input), the process is itself
 * the relaunched one, or node already runs with every flag (node --single-threaded-gc bin/kg.js).
 */
export function flagsFor(argv: readonly string[], execArgv: readonly string[], env: NodeJS.ProcessEnv, sizeOf: SizeOf): string[] | null {
  if (env[RELAUNCHED_ENV]) return null;
  const command = argv[0];
  const when = command === undefined ? undefined : FLAGGED_COMMANDS.get(command);
  if (when === undefined) return null;
  if (argv.includes('--help') || argv.includes('-h')) return null;
  const asked = env[FLAGS_ENV];
  // the arguments that may name inputs (a flag's value among them names none, or a file the reader will read)
  const paths = argv.slice(1).filter((a) => a === '-' || !a.startsWith('-'));
  if (asked === undefined && when === 'large-input' && !isLargeInput(paths, sizeOf)) return null;
  const wanted = asked !== undefined ? asked.split(/\s+/).filter(Boolean) : V8_FLAGS.map((f) => f.flag);
  const missing = wanted.filter((f) => !execArgv.includes(f));
  return missing.length ? missing : null;
}

