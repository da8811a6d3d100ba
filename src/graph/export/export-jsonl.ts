// APOC export JSON-lines shape (what apoc.import.json reads): one node or relationship per line, labels sorted.
//   {"type":"node","id":"person:林晓峰","labels":["Person"],"properties":{…}}
//   {"type":"relationship","id":"…","label":"ATTENDED","properties":{…},"start":{"id":…,"labels":[…]},"end":{…}}
import { labelOfId } from '../ids.js';
import type { Exporter } from './target.js';
import { edgeProps, nodeProps } from './neo4j-props.js';

const labelsOf = (id: string): string[] => { const l = labelOfId(id); return l ? [l] : []; };

export const exportJsonl: Exporter = async (store, target) => {
  let nodes = 0;
  let relationships = 0;
  for await (const n of store.allNodes()) {
    nodes++;
    await target.write(`${JSON.stringify({ type: 'node', id: n.id, labels: [n.label], properties: nodeProps(n) })}\n`);
  }
  for await (const e of store.allEdges()) {
    relationships++;
    await target.write(`${JSON.stringify({
      type: 'relationship', id: e.id, label: e.type, properties: edgeProps(e),
      start: { id: e.from, labels: labelsOf(e.from) }, end: { id: e.to, labels: labelsOf(e.to) },
    })}\n`);
  }
  return { nodes, relationships };
};
