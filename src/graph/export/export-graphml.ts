// GraphML for Gephi and other graph tools: every attribute declared as a <key> with its type (a first pass over
// the graph collects them); lists are written as JSON text; relationships carry their type in `label`.
import type { PropValue } from '../model.js';
import type { GraphReader } from '../store.js';
import type { Exporter, ExportTarget } from './target.js';
import { edgeProps, nodeProps, type Neo4jProps } from './neo4j-props.js';

type AttrType = 'boolean' | 'int' | 'double' | 'string';
type Keys = Map<string, AttrType>;

// characters XML 1.0 forbids are dropped
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(s: string): string {
  return s.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

function typeOf(v: PropValue): AttrType {
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'double';
  return 'string';
}

function widen(a: AttrType | undefined, b: AttrType): AttrType {
  if (!a || a === b) return b;
  if ((a === 'int' && b === 'double') || (a === 'double' && b === 'int')) return 'double';
  return 'string';
}

function collect(keys: Keys, props: Neo4jProps): void {
  for (const [k, v] of Object.entries(props)) if (v !== null) keys.set(k, widen(keys.get(k), typeOf(v)));
}

const text = (v: PropValue): string => (Array.isArray(v) ? JSON.stringify(v) : String(v));
const keyId = (scope: 'n' | 'e', name: string): string => `${scope}_${name}`;

function dataLines(scope: 'n' | 'e', props: Neo4jProps): string {
  return Object.entries(props).filter(([, v]) => v !== null)
    .map(([k, v]) => `      <data key="${escapeXml(keyId(scope, k))}">${escapeXml(text(v))}</data>\n`).join('');
}

/** All the exporter reads: every node and every edge (the explorer gives it the nodes of its view). */
type Source = Pick<GraphReader, 'allNodes' | 'allEdges'>;

async function declaredKeys(store: Source): Promise<{ node: Keys; edge: Keys }> {
  const node: Keys = new Map([['labels', 'string']]);
  const edge: Keys = new Map([['label', 'string']]);
  for await (const n of store.allNodes()) collect(node, nodeProps(n));
  for await (const e of store.allEdges()) collect(edge, edgeProps(e));
  return { node, edge };
}

const keyLine = (scope: 'n' | 'e', name: string, type: AttrType): string =>
  `  <key id="${escapeXml(keyId(scope, name))}" for="${scope === 'n' ? 'node' : 'edge'}" attr.name="${escapeXml(name)}" attr.type="${type}"/>\n`;

export const exportGraphml = async (store: Source, target: Pick<ExportTarget, 'write'>): ReturnType<Exporter> => {
  const keys = await declaredKeys(store);
  await target.write('<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n');
  for (const [k, t] of keys.node) await target.write(keyLine('n', k, t));
  for (const [k, t] of keys.edge) await target.write(keyLine('e', k, t));
  await target.write('  <graph id="kg" edgedefault="directed">\n');
  let nodes = 0;
  let relationships = 0;
  for await (const n of store.allNodes()) {
    nodes++;
    await target.write(`    <node id="${escapeXml(n.id)}">\n${dataLines('n', { labels: `:${n.label}`, ...nodeProps(n) })}    </node>\n`);
  }
  for await (const e of store.allEdges()) {
    relationships++;
    await target.write(`    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.from)}" target="${escapeXml(e.to)}">\n`
      + `${dataLines('e', { label: e.type, ...edgeProps(e) })}    </edge>\n`);
  }
  await target.write('  </graph>\n</graphml>\n');
  return { nodes, relationships };
};
