// `kg export --format neo4j-admin --out DIR`: CSV files with separate header files, one pair per label and per
// relationship type, for `neo4j-admin database import full` (very large initial loads into an empty, stopped
// database). Arrays are separated by ';' (a ';' inside an element becomes '；'); every value is quoted; null and
// an empty list are an empty field (the property is absent: a quoted "" would import as [""] or fail as a number);
// `_json` keeps each node's and relationship's exact value, as the other stores write it.
import { mkdir, writeFile } from 'node:fs/promises';
import { createWriteStream, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import type { GraphStore } from '../graph/store.js';
import type { PropValue } from '../graph/model.js';
import { edgeToProps, nodeToProps } from './codec.js';

type Props = Record<string, PropValue>;

const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;
const field = (v: PropValue | undefined): string =>
  v === null || v === undefined || (Array.isArray(v) && v.length === 0) ? '' : Array.isArray(v) ? quote(v.map((x) => String(x).replace(/;/g, '；')).join(';')) : quote(String(v));

function typeOf(v: PropValue): string {
  if (Array.isArray(v)) return v.length && typeof v[0] === 'number' ? (v.every((x) => Number.isInteger(x)) ? 'long[]' : 'double[]') : 'string[]';
  if (typeof v === 'number') return Number.isInteger(v) ? 'long' : 'double';
  if (typeof v === 'boolean') return 'boolean';
  return 'string';
}

/** Property columns per file, with their import type, from the values met (first pass). */
type Columns = Map<string, Map<string, string>>;

function addColumns(cols: Columns, file: string, props: Props, skip: readonly string[]): void {
  const c = cols.get(file) ?? new Map<string, string>();
  for (const [k, v] of Object.entries(props)) {
    if (skip.includes(k) || v === null) continue;
    // an empty list says nothing about its element type: a later non-empty one decides
    if (!c.has(k) || (c.get(k) === 'string[]' && Array.isArray(v) && v.length > 0)) c.set(k, typeOf(v));
  }
  cols.set(file, c);
}

export interface AdminExport {
  nodes: number;
  relationships: number;
  command: string;
}

export async function exportNeo4jAdmin(store: GraphStore, dir: string): Promise<AdminExport> {
  await mkdir(dir, { recursive: true });
  const nodeCols: Columns = new Map();
  const relCols: Columns = new Map();
  for await (const n of store.allNodes()) addColumns(nodeCols, n.label, nodeToProps(n), ['id']);
  for await (const e of store.allEdges()) addColumns(relCols, e.type, edgeToProps(e), []);
  const streams = new Map<string, WriteStream>();
  const out = (name: string): WriteStream => {
    let s = streams.get(name);
    if (!s) { s = createWriteStream(join(dir, name)); streams.set(name, s); }
    return s;
  };
  let nodes = 0;
  let relationships = 0;
  for await (const n of store.allNodes()) {
    const p = nodeToProps(n);
    const cols = [...(nodeCols.get(n.label) as Map<string, string>).keys()];
    out(`nodes-${n.label}.csv`).write(`${[quote(n.id), ...cols.map((c) => field(p[c])), quote(n.label)].join(',')}\n`);
    nodes++;
  }
  for await (const e of store.allEdges()) {
    const p = edgeToProps(e);
    const cols = [...(relCols.get(e.type) as Map<string, string>).keys()];
    out(`rels-${e.type}.csv`).write(`${[quote(e.from), quote(e.to), ...cols.map((c) => field(p[c])), quote(e.type)].join(',')}\n`);
    relationships++;
  }
  await Promise.all([...streams.values()].map((s) => new Promise((res) => s.end(res))));
  const args: string[] = [];
  for (const [label, cols] of nodeCols) {
    await writeFile(join(dir, `nodes-${label}.header.csv`), `${['id:ID', ...[...cols].map(([k, t]) => `${k}:${t}`), ':LABEL'].join(',')}\n`);
    args.push(`--nodes=${label}=nodes-${label}.header.csv,nodes-${label}.csv`);
  }
  for (const [type, cols] of relCols) {
    await writeFile(join(dir, `rels-${type}.header.csv`), `${[':START_ID', ':END_ID', ...[...cols].map(([k, t]) => `${k}:${t}`), ':TYPE'].join(',')}\n`);
    args.push(`--relationships=${type}=rels-${type}.header.csv,rels-${type}.csv`);
  }
  const command = `neo4j-admin database import full neo4j --array-delimiter=';' --overwrite-destination ${args.join(' ')}`;
  await writeFile(join(dir, 'import.sh'), `#!/bin/sh\n# Run from this folder, with Neo4j stopped; then apply cypher/schema.cypher.\ncd "$(dirname "$0")" && ${command}\n`, { mode: 0o755 });
  return { nodes, relationships, command };
}
