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
  try {
    return await loadAll({ file, say, perRowSample, local, env, work, graphFile });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function loadAll({ file, say, perRowSample, local, env, work, graphFile }) {
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
    await deleteLabel(target.driver, 'PerRow');
    // the batched figures first: the plain-UNWIND comparison below is a second full pass over the nodes
    say(`\n== Neo4j ${uri} (${file})`);
    say(`  batched UNWIND (kg load): ${batched.nodes} nodes + ${batched.edges} relationships in ${(batched.ms / 1000).toFixed(1)} s`);
    out.raw = await rawUnwind(target.driver, source, nodeToProps);
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
    say(`  batched UNWIND MERGE: ${batched.nodes} nodes + ${batched.edges} relationships in ${(batched.ms / 1000).toFixed(1)} s = ${out.batchedRowsPerSec.toFixed(0)} rows/s`);
    say(`    nodes ${out.batchedNodesPerSec.toFixed(0)} rows/s, relationships ${out.batchedEdgesPerSec.toFixed(0)} rows/s`);
    say(`  one MERGE per row:    ${nodes.length} nodes in ${(perRowMs / 1000).toFixed(1)} s = ${out.perRowRowsPerSec.toFixed(0)} rows/s`);
    say(`  plain UNWIND MERGE of the same nodes (a label with only a uniqueness constraint, no read-back, no full-text`);
    say(`    index): ${out.raw.rows} nodes in ${(out.raw.ms / 1000).toFixed(1)} s = ${out.raw.rowsPerSec.toFixed(0)} rows/s, ${(out.raw.rowsPerSec / out.perRowRowsPerSec).toFixed(1)}× per row`);
    say(`  batched / per row: ${out.ratio.toFixed(1)}× all rows, ${out.nodeRatio.toFixed(1)}× nodes against nodes (target ≥ 20×)`);
  } finally {
    await local.stop(env);
  }
  out.admin = adminImport(graphFile, work, say);
  return out;
}

/**
 * What UNWIND batching gives on this server without kg's extras: the same node rows, 5,000 a statement, into a label
 * with only a uniqueness constraint (no read-back of stored rows, no full-text index), then removed.
 */
async function rawUnwind(driver, source, nodeToProps) {
  await driver.executeQuery('CREATE CONSTRAINT bench_raw_id IF NOT EXISTS FOR (n:BenchRaw) REQUIRE n.id IS UNIQUE');
  let rows = [];
  let count = 0;
  const t0 = performance.now();
  const flush = async () => {
    if (rows.length) await driver.executeQuery('UNWIND $rows AS row MERGE (n:BenchRaw {id: row.id}) SET n += row.props', { rows });
    count += rows.length;
    rows = [];
  };
  for await (const n of source.allNodes()) { rows.push({ id: n.id, props: nodeToProps(n) }); if (rows.length >= 5000) await flush(); }
  await flush();
  const ms = performance.now() - t0;
  await deleteLabel(driver, 'BenchRaw');
  await driver.executeQuery('DROP CONSTRAINT bench_raw_id IF EXISTS');
  return { rows: count, ms, rowsPerSec: count / (ms / 1000) };
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

/** Deletes a bench label's nodes in transactions of 10,000 (one transaction for 500k nodes exhausts a 1 GB heap). */
async function deleteLabel(driver, label) {
  const session = driver.session();
  try {
    // an implicit transaction: the only kind that may run CALL … IN TRANSACTIONS; the label is one of two constants
    await session.run(`MATCH (n:${label}) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`);
  } finally {
    await session.close();
  }
}
