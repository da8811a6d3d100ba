#!/usr/bin/env node
// A real Neo4j Community 5.26 without Docker: jars from Maven Central (tools/neo4j/pom.xml), a tiny launcher
// (tools/neo4j/Neo4jServer.java), data under .neo4j/. Used by `npm run neo4j:*`, by .ci/run and by the test setup.
//   node scripts/neo4j-local.mjs fetch | start | stop | status | admin <neo4j-admin arguments…>
// `admin` runs the real neo4j-admin (org.neo4j.cli.AdminTool, from the same jars) on the local home, e.g.
//   node scripts/neo4j-local.mjs admin database import full neo4j --nodes=… (Neo4j stopped; see docs/neo4j.md)
// Environment: NEO4J_PORT (7687), NEO4J_HOME_DIR (.neo4j), NEO4J_PASSWORD (unset: auth disabled),
//              NEO4J_HEAP (1g), NEO4J_PAGECACHE_MB (256).
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TOOL = join(ROOT, 'tools', 'neo4j');
const LIB = join(TOOL, 'lib');
const BUILD = join(TOOL, 'build');
const VERSION = /<neo4j.version>([^<]+)</.exec(readFileSync(join(TOOL, 'pom.xml'), 'utf8'))?.[1] ?? 'unknown';
const MARKER = join(LIB, `.complete-${VERSION}`);
const START_TIMEOUT_MS = 120_000;

export class Neo4jLocalError extends Error {
  name = 'Neo4jLocalError';
}

function settings(env = process.env) {
  const home = resolve(env.NEO4J_HOME_DIR ?? join(ROOT, '.neo4j'));
  return {
    home,
    port: Number(env.NEO4J_PORT ?? 7687),
    password: env.NEO4J_PASSWORD ?? '',
    heap: env.NEO4J_HEAP ?? '1g',
    pagecacheMb: env.NEO4J_PAGECACHE_MB ?? '256',
    pidFile: join(home, 'neo4j.pid'),
    logFile: join(home, 'logs', 'launcher.log'),
  };
}

function has(cmd) {
  return spawnSync(cmd, ['-version'], { stdio: 'ignore' }).error === undefined;
}

/** Jars and the compiled launcher, fetched and built once (idempotent; quick when done). */
export function fetch({ quiet = false } = {}) {
  if (!has('java')) throw new Neo4jLocalError('java is not installed: the local Neo4j needs Java 17 (or set NEO4J_URI to a running Neo4j)');
  if (!existsSync(MARKER)) {
    if (spawnSync('mvn', ['-v'], { stdio: 'ignore' }).error) throw new Neo4jLocalError('mvn is not installed: the local Neo4j fetches its jars with Maven (or set NEO4J_URI)');
    if (!quiet) process.stderr.write(`neo4j-local: fetching Neo4j ${VERSION} from Maven Central into tools/neo4j/lib …\n`);
    rmSync(LIB, { recursive: true, force: true });
    const r = spawnSync('mvn', ['-q', '-B', '-Dstyle.color=never', '-f', join(TOOL, 'pom.xml'), 'package'], { stdio: quiet ? 'ignore' : 'inherit' });
    if (r.status !== 0) throw new Neo4jLocalError(`mvn package failed (exit ${r.status}); see the output above`);
    writeFileSync(MARKER, `${VERSION}\n${readdirSync(LIB).filter((f) => f.endsWith('.jar')).length} jars\n`);
  }
  if (!existsSync(join(BUILD, 'Neo4jServer.class'))) {
    mkdirSync(BUILD, { recursive: true });
    const r = spawnSync('javac', ['-cp', `${LIB}/*`, '-d', BUILD, join(TOOL, 'Neo4jServer.java')], { stdio: quiet ? 'ignore' : 'inherit' });
    if (r.status !== 0) throw new Neo4jLocalError('javac failed to compile tools/neo4j/Neo4jServer.java');
  }
}

function runningPid(s) {
  if (!existsSync(s.pidFile)) return null;
  const pid = Number(readFileSync(s.pidFile, 'utf8'));
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

async function boltAnswers(uri, password) {
  const require = createRequire(import.meta.url);
  const neo4j = require('neo4j-driver');
  const driver = neo4j.driver(uri, password ? neo4j.auth.basic('neo4j', password) : undefined);
  try {
    await driver.verifyConnectivity();
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

/** Starts Neo4j in the background; resolves once Bolt answers. Returns {uri, pid, started}. */
export async function start(env = process.env) {
  const s = settings(env);
  const uri = `bolt://127.0.0.1:${s.port}`;
  const pid = runningPid(s);
  if (pid) return { uri, pid, started: false };
  fetch({ quiet: true });
  mkdirSync(join(s.home, 'logs'), { recursive: true });
  const log = openSync(s.logFile, 'w');
  const args = [
    `-Xms${s.heap}`, `-Xmx${s.heap}`, '-XX:+UseG1GC', '-XX:-OmitStackTraceInFastThrow',
    '--add-opens=java.base/java.nio=ALL-UNNAMED', '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED', '-Dfile.encoding=UTF-8', '-Dlog4j2.disable.jmx=true',
    '-cp', `${BUILD}:${LIB}/*`, 'Neo4jServer',
    '--home', s.home, '--host', '127.0.0.1', '--port', String(s.port), '--pagecache-mb', s.pagecacheMb,
    ...(s.password ? ['--password', s.password] : []),
  ];
  const child = spawn('java', args, { detached: true, stdio: ['ignore', log, log] });
  closeSync(log);
  child.unref();
  writeFileSync(s.pidFile, String(child.pid));
  const t0 = Date.now();
  while (Date.now() - t0 < START_TIMEOUT_MS) {
    await new Promise((r) => setTimeout(r, 500));
    if (!runningPid(s)) break;
    if (readFileSync(s.logFile, 'utf8').includes('neo4j-local: READY') && (await boltAnswers(uri, s.password))) {
      return { uri, pid: child.pid, started: true, ms: Date.now() - t0 };
    }
  }
  const tail = existsSync(s.logFile) ? readFileSync(s.logFile, 'utf8').split('\n').slice(-20).join('\n') : '';
  await stop(env);
  throw new Neo4jLocalError(`Neo4j did not start on ${uri} within ${START_TIMEOUT_MS / 1000} s; log ${s.logFile}:\n${tail}`);
}

/** Stops exactly the process start() recorded: SIGTERM (clean shutdown), then SIGKILL after 30 s. */
export async function stop(env = process.env) {
  const s = settings(env);
  const pid = runningPid(s);
  if (!pid) {
    rmSync(s.pidFile, { force: true });
    return false;
  }
  process.kill(pid, 'SIGTERM');
  for (let i = 0; i < 60; i++) {
    await new Promise((r) => setTimeout(r, 500));
    if (!runningPid(s)) break;
  }
  if (runningPid(s)) process.kill(pid, 'SIGKILL');
  rmSync(s.pidFile, { force: true });
  return true;
}

/** neo4j-admin on the local home (the database must be stopped for imports). Returns the exit code. */
export function admin(args, env = process.env) {
  const s = settings(env);
  if (runningPid(s)) throw new Neo4jLocalError('stop the local Neo4j first (npm run neo4j:stop): neo4j-admin works on a stopped database');
  fetch({ quiet: true });
  mkdirSync(join(s.home, 'conf'), { recursive: true });
  if (!existsSync(join(s.home, 'conf', 'neo4j.conf'))) writeFileSync(join(s.home, 'conf', 'neo4j.conf'), '');
  const r = spawnSync('java', [`-Xmx${s.heap}`, '-cp', `${LIB}/*`, 'org.neo4j.cli.AdminTool', ...args], {
    stdio: 'inherit', env: { ...env, NEO4J_HOME: s.home, NEO4J_CONF: join(s.home, 'conf') },
  });
  return r.status ?? 1;
}

export function status(env = process.env) {
  const s = settings(env);
  const pid = runningPid(s);
  return pid ? { running: true, pid, uri: `bolt://127.0.0.1:${s.port}` } : { running: false };
}

async function main(cmd) {
  try {
    if (cmd === 'fetch') {
      fetch();
      console.log(`neo4j-local: Neo4j ${VERSION} ready in tools/neo4j (lib/, build/)`);
    } else if (cmd === 'start') {
      const r = await start();
      console.log(r.started ? `neo4j-local: started Neo4j ${VERSION} on ${r.uri} (pid ${r.pid}, ${r.ms} ms)` : `neo4j-local: already running on ${r.uri} (pid ${r.pid})`);
    } else if (cmd === 'stop') {
      console.log((await stop()) ? 'neo4j-local: stopped' : 'neo4j-local: not running');
    } else if (cmd === 'admin') {
      return admin(process.argv.slice(3));
    } else if (cmd === 'status') {
      const r = status();
      console.log(r.running ? `neo4j-local: running on ${r.uri} (pid ${r.pid})` : 'neo4j-local: stopped');
    } else {
      console.error('usage: node scripts/neo4j-local.mjs fetch|start|stop|status|admin <args…>');
      return 2;
    }
    return 0;
  } catch (err) {
    console.error(`neo4j-local: ${err.message}`);
    return 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv[2]);
}
