// kg export: the graph as APOC JSON lines, GraphML or a parameterised Cypher script (formats: src/graph/export/formats.ts).
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { parseArgs, UsageError } from './args.js';
import { openStore, STORE_FLAG_SPEC } from '../graph/open-store.js';
import { EXPORT_FORMATS, type ExportTarget } from '../graph/export/formats.js';

export const help = `usage: kg export --format ${Object.keys(EXPORT_FORMATS).join('|')}|neo4j-admin [--store F | --neo4j] [--out P]

  jsonl     APOC export JSON lines (one node or relationship per line), readable by apoc.import.json
  graphml   GraphML with declared attribute keys (Gephi, yEd, NetworkX)
  cypher    a cypher-shell script: constraints, then UNWIND $rows MERGE batches with :param values
  --out P   write to the file P (atomically) instead of stdout
`;

function streamTarget(stream: NodeJS.WritableStream, path: string | null): ExportTarget {
  return {
    path,
    write: (chunk) => new Promise<void>((resolve, reject) => {
      const ok = stream.write(chunk, (err) => (err ? reject(err) : undefined));
      if (ok) resolve(); else stream.once('drain', resolve);
    }),
  };
}

async function toFile(out: string, fn: (t: ExportTarget) => Promise<void>): Promise<void> {
  const tmp = `${out}.${process.pid}.tmp`;
  const stream = createWriteStream(tmp);
  try {
    await fn(streamTarget(stream, out));
    await new Promise<void>((resolve, reject) => { stream.once('error', reject); stream.end(() => resolve()); });
    await rename(tmp, out);
  } catch (err) {
    stream.destroy();
    await rm(tmp, { force: true });
    throw err;
  }
}

export async function run(argv: string[]): Promise<number> {
  const { flags, positionals } = parseArgs(argv, { ...STORE_FLAG_SPEC, format: { type: 'string' }, out: { type: 'string' } });
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const name = flags.format as string | undefined;
  if (!name) throw new UsageError('--format is required');
  if (name === 'neo4j-admin') return exportAdmin(flags);
  const exporter = EXPORT_FORMATS[name];
  if (!exporter) throw new UsageError(`unknown --format "${name}" (one of ${Object.keys(EXPORT_FORMATS).join(', ')})`);
  const store = await openStore({ store: flags.store as string | undefined, neo4j: flags.neo4j as boolean | undefined }, { mustExist: true });
  try {
    const out = flags.out as string | undefined;
    let counts = { nodes: 0, relationships: 0 };
    if (out) await toFile(out, async (t) => { counts = await exporter(store, t); });
    else counts = await exporter(store, streamTarget(process.stdout, null));
    process.stderr.write(`kg export: ${counts.nodes} nodes, ${counts.relationships} relationships as ${name}${out ? ` → ${out}` : ''}\n`);
    return 0;
  } finally {
    await store.close();
  }
}

/** neo4j-admin CSV: a folder of CSV and header files plus import.sh (src/neo4j/admin-export.ts). */
async function exportAdmin(flags: Record<string, unknown>): Promise<number> {
  const dir = flags.out as string | undefined;
  if (!dir) throw new UsageError('--format neo4j-admin writes a folder of CSV files: give --out DIR');
  const store = await openStore({ store: flags.store as string | undefined, neo4j: flags.neo4j as boolean | undefined }, { mustExist: true });
  try {
    const { exportNeo4jAdmin } = await import('../neo4j/admin-export.js');
    const r = await exportNeo4jAdmin(store, dir);
    process.stderr.write(`kg export: ${r.nodes} nodes, ${r.relationships} relationships as neo4j-admin CSV → ${dir}\nimport with (Neo4j stopped): ${r.command}\n`);
  } finally {
    await store.close();
  }
  return 0;
}
