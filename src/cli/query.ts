// kg query: run one Cypher file from the analysts' library against Neo4j and print a table (or JSON lines).
import { parseArgs, UsageError } from './args.js';
import { parseParam, QueryFileError, runCypherFile } from '../neo4j/query-file.js';
import { formatTable } from './table.js';

export const help = `usage: kg query FILE.cypher [--param key=value …] [--json]

Runs a parameterised Cypher query (see cypher/queries/; each file's header says what it answers and its
parameters) against Neo4j (NEO4J_URI, default bolt://127.0.0.1:7687; NEO4J_USER, NEO4J_PASSWORD) in a read
transaction and prints a table. Values: integers, decimals, true/false, null and JSON lists are typed; the rest
are strings (dates are strings YYYY-MM-DD).

  --param k=v   a query parameter (repeat for each)
  --json        one JSON object per row instead of a table
`;

export async function run(argv: string[]): Promise<number> {
  const { flags, positionals } = parseArgs(argv, { param: { type: 'string', multiple: true }, json: { type: 'boolean' } });
  const [file, ...extra] = positionals;
  if (!file || extra.length) throw new UsageError('give exactly one .cypher file');
  let params: Record<string, unknown>;
  try {
    params = Object.fromEntries(((flags.param as string[] | undefined) ?? []).map(parseParam));
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const rows = await runCypherFile(file, params).catch((err: unknown) => {
    throw err instanceof QueryFileError ? new UsageError(err.message) : err;
  });
  if (flags.json) for (const r of rows) process.stdout.write(`${JSON.stringify(r)}\n`);
  else process.stdout.write(formatTable(rows));
  process.stderr.write(`${rows.length} row(s)\n`);
  return 0;
}
