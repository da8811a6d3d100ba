// A cypher-shell script: uniqueness constraints, then parameterised MERGE batches —
//   :param rows => [{id: '…', props: {…}}, …];
//   UNWIND $rows AS row MERGE (n:Person {id: row.id}) SET n += row.props;
// Values travel only as parameters; query texts are fixed and name only labels and types from the model.
import { LABELS, REL_TYPES, type GraphEdge, type Label } from '../model.js';
import { labelOfId } from '../ids.js';
import type { Exporter, ExportTarget } from './target.js';
import { edgeProps, nodeProps } from './neo4j-props.js';
import { cypherLiteral, type CypherValue } from './cypher-literal.js';

export const CYPHER_BATCH = 500;

const NODE_QUERY = (label: Label): string => `UNWIND $rows AS row MERGE (n:${label} {id: row.id}) SET n += row.props;`;

function edgeQuery(type: string, from: Label | null, to: Label | null): string {
  const a = from ? `:${from}` : '';
  const b = to ? `:${to}` : '';
  return `UNWIND $rows AS row MATCH (a${a} {id: row.from}) MATCH (b${b} {id: row.to}) `
    + `MERGE (a)-[r:${type} {id: row.id}]->(b) SET r += row.props;`;
}

async function writeBatch(target: ExportTarget, query: string, rows: CypherValue[]): Promise<void> {
  await target.write(`:param rows => ${cypherLiteral(rows)};\n${query}\n`);
}

function edgeRow(e: GraphEdge): CypherValue {
  const { id, ...props } = edgeProps(e);
  return { id, from: e.from, to: e.to, props };
}

export const exportCypher: Exporter = async (store, target) => {
  await target.write('// kg graph export: run with cypher-shell -f <file>\n');
  for (const label of LABELS) await target.write(`CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE;\n`);
  const nodeRows = new Map<Label, CypherValue[]>();
  let nodes = 0;
  for await (const n of store.allNodes()) {
    nodes++;
    const { id, ...props } = nodeProps(n);
    const rows = nodeRows.get(n.label) ?? [];
    rows.push({ id, props });
    nodeRows.set(n.label, rows);
    if (rows.length >= CYPHER_BATCH) { await writeBatch(target, NODE_QUERY(n.label), rows); nodeRows.set(n.label, []); }
  }
  for (const [label, rows] of nodeRows) if (rows.length) await writeBatch(target, NODE_QUERY(label), rows);
  const edgeRows = new Map<string, { query: string; rows: CypherValue[] }>();
  let relationships = 0;
  for await (const e of store.allEdges()) {
    relationships++;
    if (!(REL_TYPES as readonly string[]).includes(e.type)) continue;
    const query = edgeQuery(e.type, labelOfId(e.from), labelOfId(e.to));
    const group = edgeRows.get(query) ?? { query, rows: [] };
    group.rows.push(edgeRow(e));
    edgeRows.set(query, group);
    if (group.rows.length >= CYPHER_BATCH) { await writeBatch(target, query, group.rows); group.rows = []; }
  }
  for (const g of edgeRows.values()) if (g.rows.length) await writeBatch(target, g.query, g.rows);
  return { nodes, relationships };
};
