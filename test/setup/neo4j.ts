// vitest globalSetup: a real Neo4j for the Neo4j suites. NEO4J_URI given: use it. Otherwise, with Java and Maven,
// start the local Neo4j (scripts/neo4j-local.mjs) on a free port with its own data folder, and stop it after.
// Without either, the suites skip with one line saying how to run them; under CI=true that is an error.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** a data folder per test run, so two runs at once never share (or wipe) a database */
const HOME = `${ROOT}.neo4j/test-${process.pid}`;

function hasTool(cmd: string, arg: string): boolean {
  const r = spawnSync(cmd, [arg], { stdio: 'ignore' });
  return r.error === undefined && r.status === 0;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  const ci = process.env.CI === 'true' || process.env.CI === '1';
  if (process.env.NEO4J_URI) {
    project.provide('neo4jUri', process.env.NEO4J_URI);
    return;
  }
  if (!hasTool('java', '-version') || !hasTool('mvn', '-v')) {
    const line = 'Neo4j tests skipped: no NEO4J_URI and no Java/Maven; run `npm run neo4j:start` and set NEO4J_URI=bolt://127.0.0.1:7687, or install Java 17 and Maven';
    if (ci) throw new Error(`${line} (CI=true: the Neo4j suites must run)`);
    process.stderr.write(`${line}\n`);
    project.provide('neo4jUri', '');
    return;
  }
  const local = (await import(new URL('../../scripts/neo4j-local.mjs', import.meta.url).href)) as {
    start(env: NodeJS.ProcessEnv): Promise<{ uri: string }>;
    stop(env: NodeJS.ProcessEnv): Promise<boolean>;
  };
  rmSync(HOME, { recursive: true, force: true });
  const env = { ...process.env, NEO4J_HOME_DIR: HOME, NEO4J_PORT: String(await freePort()), NEO4J_PASSWORD: '' };
  const { uri } = await local.start(env);
  process.env.NEO4J_URI = uri;
  project.provide('neo4jUri', uri);
  return async () => {
    await local.stop(env);
    rmSync(HOME, { recursive: true, force: true });
    delete process.env.NEO4J_URI;
  };
}
