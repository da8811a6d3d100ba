// The people who sat in the same meetings as a person, with how many meetings they shared.
// Parameters: $person — the person's name (or an alias); $limit — how many to return.
// Example:    kg query cypher/queries/co-attendance.cypher --param person=周明远 --param limit=10
MATCH (p:Person)
WHERE p.name = $person OR $person IN p.aliases
MATCH (p)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(other:Person)
WHERE other <> p
RETURN other.name AS person, count(DISTINCT m) AS meetings, collect(DISTINCT m.name)[0..5] AS some
ORDER BY meetings DESC, person
LIMIT $limit
