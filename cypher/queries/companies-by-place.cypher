// Companies in a place — located there (LOCATED_IN) or named after it — and the recognitions they received
// (RECOGNIZED: the body, the honour and the year).
// Parameters: $place — the place's name or a fragment of it.
// Example:    kg query cypher/queries/companies-by-place.cypher --param place=澄川
MATCH (c:Company)
OPTIONAL MATCH (c)-[:LOCATED_IN]->(pl:Place)
WITH c, pl
WHERE (pl IS NOT NULL AND pl.name CONTAINS $place) OR c.name STARTS WITH $place
OPTIONAL MATCH (body)-[r:RECOGNIZED]->(c)
RETURN coalesce(pl.name, $place) AS place, c.name AS company, body.name AS recognizedBy, r.title AS honour, r.year AS year
ORDER BY place, company, year
