// docker-compose.yml runs the same Neo4j patch as the local launcher the tests use, bound to localhost.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (p: string) => readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8');

describe('docker-compose.yml', () => {
  const compose = read('docker-compose.yml');
  const version = /<neo4j.version>([^<]+)</.exec(read('tools/neo4j/pom.xml'))?.[1];

  it('pins the launcher\'s Neo4j patch, community edition', () => {
    expect(version).toMatch(/^5\.26\.\d+$/);
    expect(compose).toContain(`image: neo4j:${version}-community`);
  });

  it('binds Bolt and Browser to 127.0.0.1, takes the password from the environment, keeps data in a volume', () => {
    expect(compose).toContain('"127.0.0.1:7687:7687"');
    expect(compose).toContain('"127.0.0.1:7474:7474"');
    expect(compose).toMatch(/NEO4J_AUTH: "neo4j\/\$\{NEO4J_PASSWORD/);
    expect(compose).toMatch(/- neo4j_data:\/data/);
    expect(compose).toMatch(/healthcheck:/);
  });
});
