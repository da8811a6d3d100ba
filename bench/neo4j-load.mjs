// Neo4j loading: batched UNWIND … MERGE (kg load, 5,000 rows a statement) against one MERGE per row in its own
// transaction, on the same graph, in one run. Needs Java and Maven (the local Neo4j); skips with a line if absent.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const freePort = () => new Promise((res) => { const s = createServer(); s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => res(p)); }); });

export async function neo4jLoad({ file, say, perRowSample = 2000 }) {
  if (spawnSync('java', ['-version']).error || spawnSync('mvn', ['-v']).error) {
    say('\n== Neo4j: skipped (no Java/Maven for the local Neo4j)');
    return { skipped: 'no Java/Maven' };
  }
  const local = await import('../scripts/neo4j-local.mjs');
  const env = { ...process.env, NEO4J_HOME_DIR: mkdtempSync(join(tmpdir(), 'kg-bench-neo4j-')), NEO4J_PORT: String(await freePort()), NEO4J_PASSWORD: '' };
  const { uri } = await local.start(env);
  try {
    const { openGraphologyStore } = await import('../dist/graph/graphology-store.js');
    const { openNeo4jStore } = await import('../dist/neo4j/store.js');
    const { loadInto } = await import('../dist/neo4j/load.js');
    const { nodeToProps } = await import('../dist/neo4j/codec.js');
    const graphFile = join(mkdtempSync(join(tmpdir(), 'kg-bench-')), 'graph.json');
    const ing = spawnSync(process.execPath, ['bin/kg.js', 'ingest', '--jsonl', '--store', graphFile, file], { encoding: 'utf8' });
    if (ing.status !== 0) throw new Error(ing.stderr);
    const source = await openGraphologyStore(graphFile);
    const target = await openNeo4jStore({ uri });
    const batched = await loadInto(source, target, { batch: 5000 });
    const rows = batched.nodes + batched.edges;
    // one MERGE per row, each its own transaction, on a sample of the same nodes (into a fresh label space)
    const nodes = [];
    for await (const n of source.allNodes()) { nodes.push(n); if (nodes.length >= perRowSample) break; }
    await target.driver.executeQuery('MATCH (n:PerRow) DETACH DELETE n');
    const t0 = performance.now();
    for (const n of nodes) await target.driver.executeQuery('MERGE (n:PerRow {id: $id}) SET n = $props', { id: n.id, props: nodeToProps(n) });
    const perRowMs = performance.now() - t0;
    await target.driver.executeQuery('MATCH (n:PerRow) DETACH DELETE n');
    await target.close();
    const out = {
      articles: file, nodes: batched.nodes, relationships: batched.edges, batchedMs: batched.ms,
      batchedRowsPerSec: rows / (batched.ms / 1000), perRowRows: nodes.length, perRowMs,
      perRowRowsPerSec: nodes.length / (perRowMs / 1000),
    };
    out.ratio = out.batchedRowsPerSec / out.perRowRowsPerSec;
    say(`\n== Neo4j ${uri} (${file})`);
    say(`  batched UNWIND MERGE: ${batched.nodes} nodes + ${batched.edges} relationships in ${(batched.ms / 1000).toFixed(1)} s = ${out.batchedRowsPerSec.toFixed(0)} rows/s`);
    say(`  one MERGE per row:    ${nodes.length} nodes in ${(perRowMs / 1000).toFixed(1)} s = ${out.perRowRowsPerSec.toFixed(0)} rows/s`);
    say(`  batched / per row: ${out.ratio.toFixed(1)}× (target ≥ 20×)`);
    return out;
  } finally {
    await local.stop(env);
  }
}
