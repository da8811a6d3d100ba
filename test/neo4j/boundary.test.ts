// The Neo4j boundary without a server: configuration from the environment, typed errors naming the URI,
// the search statement (full-text or CONTAINS), and `kg query` parameter values.
import neo4j, { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../../src/neo4j/config.js';
import { mapNeo4jError, Neo4jAuthError, Neo4jConstraintError, Neo4jQueryError, Neo4jUnavailableError } from '../../src/neo4j/errors.js';
import { parseParam, queryParameters } from '../../src/neo4j/query-file.js';
import { aliasQuery, candidates, searchQuery, usesFullText } from '../../src/neo4j/search.js';

const URI = 'neo4j+s://demo.example:7687';

describe('configFromEnv', () => {
  it.each([
    [{}, { uri: 'bolt://127.0.0.1:7687' }],
    [{ NEO4J_URI: URI, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'secret12' }, { uri: URI, user: 'neo4j', password: 'secret12' }],
    [{ NEO4J_PASSWORD: 'secret12' }, { uri: 'bolt://127.0.0.1:7687', user: 'neo4j', password: 'secret12' }],
    [{ NEO4J_USER: '', NEO4J_PASSWORD: '' }, { uri: 'bolt://127.0.0.1:7687' }],
    [{ NEO4J_DATABASE: 'news' }, { uri: 'bolt://127.0.0.1:7687', database: 'news' }],
  ])('%j → %j', (env, want) => {
    expect(configFromEnv(env as NodeJS.ProcessEnv)).toEqual(want);
  });
});

describe('mapNeo4jError', () => {
  const err = (code: string, message = 'it failed') => new Neo4jError(message, code, '', '');
  it.each([
    [err('ServiceUnavailable', 'Could not perform discovery'), Neo4jUnavailableError, /not reachable/],
    [err('Neo.ClientError.Security.Unauthorized', 'The client is unauthorized'), Neo4jAuthError, /NEO4J_USER/],
    [err('Neo.ClientError.Schema.ConstraintValidationFailed', 'Node(1) already exists'), Neo4jConstraintError, /constraint/],
    [err('Neo.ClientError.Statement.SyntaxError', 'Invalid input'), Neo4jQueryError, /SyntaxError/],
    [new Error('connect ECONNREFUSED 127.0.0.1:7687'), Neo4jUnavailableError, /ECONNREFUSED/],
  ])('%s', (e, type, text) => {
    const mapped = mapNeo4jError(e, URI, 'mergeBatch');
    expect(mapped).toBeInstanceOf(type);
    expect(mapped.message.startsWith(`${URI}: `)).toBe(true);
    expect(mapped.message).toMatch(text);
  });
});

describe('searchQuery', () => {
  it.each([
    ['云溪', true], ['云溪县', true], ['县', false], ['abc', false], ['2026', false], ['云溪2026', false], ['', false],
  ])('"%s" uses the full-text index: %s', (key, yes) => {
    expect(usesFullText(key)).toBe(yes);
  });

  it('queries the index with a phrase and checks hits with CONTAINS; labels only from the model', () => {
    const ft = searchQuery('云溪县', ['Person', 'Organization']);
    expect(ft.cypher).toMatch(/^CALL db\.index\.fulltext\.queryNodes\('entity_search_keys', \$phrase\)/);
    expect(ft.cypher).toContain('(n:Person OR n:Organization)');
    expect(ft.cypher).toContain('k CONTAINS $key');
    expect(ft.params).toEqual({ key: '云溪县', phrase: '"云溪县"' });
    const scan = searchQuery('县', ['Place']);
    expect(scan.cypher).toMatch(/^MATCH \(n\) WHERE \(n:Place\) AND any/);
    expect(() => searchQuery('云溪', ['Person) DETACH DELETE (n' as never])).toThrow(/unknown label/);
  });

  it('starts a filtered list at the index for Han fragments, at the label otherwise', () => {
    expect(candidates('Meeting', '务虚').head).toMatch(/^CALL db\.index\.fulltext\.queryNodes\('entity_search_keys', \$phrase\) YIELD node AS n WITH n WHERE n:Meeting AND .* AND$/);
    expect(candidates('Person', null)).toEqual({ head: 'MATCH (n:Person) WHERE ($key IS NULL OR any(k IN n.searchKeys WHERE k CONTAINS $key)) AND', params: { key: null } });
  });

  it('looks aliases up through the index for Han keys, by a label scan otherwise', () => {
    expect(aliasQuery('晓峰', 'Person').cypher).toMatch(/^CALL db\.index\.fulltext\.queryNodes\('entity_search_keys', \$phrase\) YIELD node AS n WHERE n:Person AND \$key IN n\.aliasKeys/);
    expect(aliasQuery('ABC', 'Company').cypher).toMatch(/^MATCH \(n:Company\) WHERE n:Company AND \$key IN n\.aliasKeys .* ORDER BY n\.id LIMIT 1$/);
  });
});

describe('kg query parameters', () => {
  it.each([
    ['limit=10', neo4j.int(10)], ['x=-3', neo4j.int(-3)], ['w=0.5', 0.5], ['flag=true', true], ['flag=false', false],
    ['to=null', null], ['ids=["a","b"]', ['a', 'b']], ['m={"k":1}', { k: 1 }], ['from=2022-12-01', '2022-12-01'],
    ['name=务虚会', '务虚会'], ['eq=a=b', 'a=b'], ['bad=[x', '[x'],
  ])('%s', (kv, value) => {
    expect(parseParam(kv)[1]).toEqual(value);
  });

  it('rejects a parameter without a key, and lists the parameters a query uses', () => {
    expect(() => parseParam('=x')).toThrow(/key=value/);
    expect(queryParameters('// $ignored in a comment\nMATCH (p {name: $person}) WHERE p.d >= $from AND $person <> ""')).toEqual(['person', 'from']);
  });
});
