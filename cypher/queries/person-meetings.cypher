// The meetings a person attended in a date range, with the roles.
// Parameters: $person — the person's name (or an alias); $from, $to — YYYY-MM-DD bounds (null: open).
// Example:    kg query cypher/queries/person-meetings.cypher --param person=郑启航 --param from=2024-03-01 --param to=2024-03-31
MATCH (p:Person)
WHERE p.name = $person OR $person IN p.aliases
MATCH (p)-[a:ATTENDED]->(m:Meeting)
WHERE ($from IS NULL OR coalesce(m.endDate, m.startDate) >= $from)
  AND ($to IS NULL OR m.startDate <= $to)
RETURN m.name AS meeting, m.kind AS kind, m.startDate AS startDate, m.endDate AS endDate, a.roles AS roles,
       a.evidenceSentence[0] AS evidence
ORDER BY m.startDate, m.name
