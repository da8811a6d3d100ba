// The shortest chain of relationships between two entities, ignoring direction, through any node
// (meetings and articles included), at most 6 relationships.
// Parameters: $a, $b — the two names (person, organisation, company, place or meeting; aliases work).
// Example:    kg query cypher/queries/shortest-path.cypher --param a=周明远 --param b=鹭湖片区管委
MATCH (x) WHERE x.name = $a OR $a IN x.aliases
MATCH (y) WHERE y.name = $b OR $b IN y.aliases
WITH x, y LIMIT 1
MATCH path = shortestPath((x)-[*..6]-(y))
RETURN length(path) AS hops, [n IN nodes(path) | n.name] AS nodes, [r IN relationships(path) | type(r)] AS relationships
