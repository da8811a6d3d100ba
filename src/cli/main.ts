// The `kg` command: dispatches to one module per sub-command (argument parsing only; work is in the library).
import { UsageError } from './args.js';

type Command = { run(argv: string[]): Promise<number>; help: string };

// one module per command in this folder, loaded only when used (keeps start-up light)
const COMMANDS = ['extract', 'ingest', 'stats', 'serve', 'start', 'export', 'load', 'query', 'eval'] as const;
const loadCommand = (name: string): Promise<Command> => import(`./${name}.js`) as Promise<Command>;

const USAGE = `kg — Chinese news articles into a knowledge graph

usage: kg <command> [options]

commands:
  extract   print one JSON line per article found in files, folders or stdin
  ingest    extract and merge articles into the graph (embedded file or Neo4j)
  stats     counts of nodes per label and relationships per type
  serve     GraphQL over the graph (http://127.0.0.1:4000/graphql)
  start     ingest (the examples by default) and serve: what \`npm start\` runs
  export    write the graph as jsonl, graphml, cypher or neo4j-admin CSV
  load      push an embedded graph file into Neo4j
  query     run a Cypher file from the library against Neo4j
  eval      score extraction against the NER corpora in ../shared/tuning

kg <command> --help shows the command's options.
`;

export async function run(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(USAGE);
    return name ? 0 : 2;
  }
  if (!(COMMANDS as readonly string[]).includes(name)) {
    process.stderr.write(`kg: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  let cmd: Command;
  try {
    cmd = await loadCommand(name);
  } catch (err) {
    process.stderr.write(`kg ${name}: not available in this build (${(err as Error).message})\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(cmd.help);
    return 0;
  }
  try {
    return await cmd.run(rest);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`kg ${name}: ${err.message}\n\n${cmd.help}`);
      return 2;
    }
    process.stderr.write(`kg ${name}: ${(err as Error).message}\n`);
    // an error may carry its own status (StoreLockedError: 75, try again later)
    const code = (err as { exitCode?: unknown }).exitCode;
    return typeof code === 'number' ? code : 1;
  }
}
