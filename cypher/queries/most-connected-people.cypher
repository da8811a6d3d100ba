// The most connected people in a date range: how many meetings they attended and how many distinct people
// they met there.
// Parameters: $from, $to — YYYY-MM-DD bounds on the meetings' dates (null: open); $limit.
// Example:    kg query cypher/queries/most-connected-people.cypher --param from=2024-01-01 --param to=2024-12-31 --param limit=10
MATCH (p:Person)-[:ATTENDED]->(m:Meeting)
WHERE ($from IS NULL OR coalesce(m.endDate, m.startDate) >= $from) AND ($to IS NULL OR m.startDate <= $to)
OPTIONAL MATCH (m)<-[:ATTENDED]-(other:Person) WHERE other <> p
RETURN p.name AS person, count(DISTINCT m) AS meetings, count(DISTINCT other) AS people
ORDER BY people DESC, meetings DESC, person
LIMIT $limit
