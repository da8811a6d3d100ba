// Schema of the kg graph in Neo4j 5 (idempotent: safe to run again). Applied by `kg ingest --neo4j`, `kg load`
// and `kg serve --neo4j` before anything else; also runnable as it is in cypher-shell or Neo4j Browser.
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT company_id IF NOT EXISTS FOR (n:Company) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
// exact look-ups by normalised name (name or alias)
CREATE INDEX person_name_key IF NOT EXISTS FOR (n:Person) ON (n.nameKey);
CREATE INDEX organization_name_key IF NOT EXISTS FOR (n:Organization) ON (n.nameKey);
CREATE INDEX company_name_key IF NOT EXISTS FOR (n:Company) ON (n.nameKey);
CREATE INDEX place_name_key IF NOT EXISTS FOR (n:Place) ON (n.nameKey);
CREATE INDEX meeting_name_key IF NOT EXISTS FOR (n:Meeting) ON (n.nameKey);
CREATE INDEX meeting_start IF NOT EXISTS FOR (n:Meeting) ON (n.startDate);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
// relationships are merged by their deterministic id
CREATE INDEX holds_position_id IF NOT EXISTS FOR ()-[r:HOLDS_POSITION]-() ON (r.id);
CREATE INDEX attended_id IF NOT EXISTS FOR ()-[r:ATTENDED]-() ON (r.id);
CREATE INDEX wrote_id IF NOT EXISTS FOR ()-[r:WROTE]-() ON (r.id);
CREATE INDEX reports_id IF NOT EXISTS FOR ()-[r:REPORTS]-() ON (r.id);
CREATE INDEX mentions_id IF NOT EXISTS FOR ()-[r:MENTIONS]-() ON (r.id);
CREATE INDEX organized_by_id IF NOT EXISTS FOR ()-[r:ORGANIZED_BY]-() ON (r.id);
CREATE INDEX held_in_id IF NOT EXISTS FOR ()-[r:HELD_IN]-() ON (r.id);
CREATE INDEX part_of_id IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.id);
CREATE INDEX located_in_id IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.id);
CREATE INDEX recognized_id IF NOT EXISTS FOR ()-[r:RECOGNIZED]-() ON (r.id);
// full-text search over names and aliases (the cjk analyzer indexes character bigrams)
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
  FOR (n:Person|Organization|Company|Place|Meeting) ON EACH [n.name, n.aliases]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false } };
// what `search` uses: the normalised names and aliases (searchKeys) of every label, Article titles included
CREATE FULLTEXT INDEX entity_search_keys IF NOT EXISTS
  FOR (n:Person|Organization|Company|Place|Meeting|Article) ON EACH [n.searchKeys]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false } };
