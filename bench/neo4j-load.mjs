// Neo4j loading, in one run on the same graph: batched UNWIND … MERGE (kg's loader, 5,000 rows a statement)
// against one MERGE per row in its own transaction; then `kg export --format neo4j-admin` + `neo4j-admin
// database import` into a fresh home. Uses the local Neo4j of scripts/neo4j-local.mjs on a free port and a
// temporary home (so it never touches a Neo4j already running on 7687); skips with a line when Java is absent.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const freePort = () => new Promise((res) => { const s = createServer(); s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => res(p)); }); });

export async function neo4jLoad({ file, say, perRowSample = 2000 }) {
  if (spawnSync('java', ['-version']).error) {
    say('\n== Neo4j: skipped (no java on PATH for the local Neo4j of scripts/neo4j-local.mjs)');
    return { skipped: 'no java on PATH' };
  }
  const local = await import('../scripts/neo4j-local.mjs');
  const work = mkdtempSync(join(tmpdir(), 'kg-bench-neo4j-'));
  const env = { ...process.env, NEO4J_HOME_DIR: join(work, 'home'), NEO4J_PORT: String(await freePort()), NEO4J_PASSWORD: '' };
  const graphFile = join(work, 'graph.json');
  const ing = spawnSync(process.execPath, ['bin/kg.js', 'ingest', '--jsonl', '--store', graphFile, file], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (ing.status !== 0) throw new Error(`bench/neo4j-load.mjs: kg ingest failed: ${ing.stderr.slice(-500)}`);
  const out = { articles: file };
  const { uri } = await local.start(env);
  try {
    const { openGraphologyStore } = await import('../dist/graph/graphology-store.js');
    const { openNeo4jStore } = await import('../dist/neo4j/store.js');
    const { loadInto } = await import('../dist/neo4j/load.js');
    const { nodeToProps } = await import('../dist/neo4j/codec.js');
    const source = await openGraphologyStore(graphFile);
    const target = await openNeo4jStore({ uri });
    // the loader reports progress after each batch: the last node batch marks the end of the node phase
    const t0b = performance.now();
    let nodesDoneMs = 0;
    const batched = await loadInto(source, target, { batch: 5000, onProgress: (m) => { if (m.endsWith(' nodes')) nodesDoneMs = performance.now() - t0b; } });
    // one MERGE per row, each in its own transaction, on a sample of the same nodes (a label of its own)
    const nodes = [];
    for await (const n of source.allNodes()) { nodes.push(n); if (nodes.length >= perRowSample) break; }
    const t0 = performance.now();
    for (const n of nodes) await target.driver.executeQuery('MERGE (n:PerRow {id: $id}) SET n += $props', { id: n.id, props: nodeToProps(n) });
    const perRowMs = performance.now() - t0;
    await target.driver.executeQuery('MATCH (n:PerRow) DETACH DELETE n');
    await target.close();
    Object.assign(out, {
      nodes: batched.nodes, relationships: batched.edges, batchedMs: batched.ms,
      batchedRowsPerSec: (batched.nodes + batched.edges) / (batched.ms / 1000), perRowRows: nodes.length, perRowMs,
      perRowRowsPerSec: nodes.length / (perRowMs / 1000),
    });
    out.batchedNodesMs = nodesDoneMs;
    out.batchedNodesPerSec = batched.nodes / (nodesDoneMs / 1000);
    out.batchedEdgesPerSec = batched.edges / ((batched.ms - nodesDoneMs) / 1000);
    out.ratio = out.batchedRowsPerSec / out.perRowRowsPerSec;
    out.nodeRatio = out.batchedNodesPerSec / out.perRowRowsPerSec;
    say(`\n== Neo4j ${uri} (${file})`);
    say(`  batched UNWIND MERGE: ${batched.nodes} nodes + ${batched.edges} relationships in ${(batched.ms / 1000).toFixed(1)} s = ${out.batchedRowsPerSec.toFixed(0)} rows/s`);
    say(`    nodes ${out.batchedNodesPerSec.toFixed(0)} rows/s, relationships ${out.batchedEdgesPerSec.toFixed(0)} rows/s`);
    say(`  one MERGE per row:    ${nodes.length} nodes in ${(perRowMs / 1000).toFixed(1)} s = ${out.perRowRowsPerSec.toFixed(0)} rows/s`);
    say(`  batched / per row: ${out.ratio.toFixed(1)}× all rows, ${out.nodeRatio.toFixed(1)}× nodes against nodes (target ≥ 20×)`);
  } finally {
    await local.stop(env);
  }
  out.admin = adminImport(graphFile, work, say);
  rmSync(work, { recursive: true, force: true });
  return out;
}

/** kg export --format neo4j-admin, then the real neo4j-admin import into a fresh home; times both. */
function adminImport(graphFile, work, say) {
  const csv = join(work, 'csv');
  let t0 = performance.now();
  const ex = spawnSync(process.execPath, ['bin/kg.js', 'export', '--format', 'neo4j-admin', '--store', graphFile, '--out', csv], { encoding: 'utf8' });
  const exportMs = performance.now() - t0;
  if (ex.status !== 0) return skip(say, `kg export --format neo4j-admin failed: ${ex.stderr.slice(-300)}`);
  const line = ex.stderr.split('\n').find((l) => l.includes('import full'));
  if (!line) return skip(say, 'kg export printed no neo4j-admin command line');
  const args = line.replace(/^.*import full /, '').split(' ').map((a) => a.replace(/^--array-delimiter='(.)'$/, '--array-delimiter=$1'));
  t0 = performance.now();
  const im = spawnSync(process.execPath, [new URL('../scripts/neo4j-local.mjs', import.meta.url).pathname, 'admin', 'database', 'import', 'full', ...args],
    { cwd: csv, encoding: 'utf8', env: { ...process.env, NEO4J_HOME_DIR: join(work, 'admin-home') } });
  const importMs = performance.now() - t0;
  if (!`${im.stdout}${im.stderr}`.includes('IMPORT DONE')) return skip(say, `neo4j-admin import failed: ${(im.stdout + im.stderr).slice(-300)}`);
  say(`  kg export --format neo4j-admin ${(exportMs / 1000).toFixed(1)} s + neo4j-admin database import ${(importMs / 1000).toFixed(1)} s (a JVM start included)`);
  return { exportMs, importMs };
}

function skip(say, why) {
  say(`  neo4j-admin import: skipped (${why})`);
  return { skipped: why };
}
