// Who attended a meeting, and in what role (PRESIDED, SPOKE, ATTENDED, VIDEO_SPEECH), in protocol order,
// with the sentence that says so.
// Parameters: $meeting — a fragment of the meeting's name (or its full name); $from, $to — optional date
//             bounds (YYYY-MM-DD or null) on the meeting's start date.
// Example:    kg query cypher/queries/meeting-attendees.cypher --param meeting=推进会 --param from=2024-01-01 --param to=null
MATCH (m:Meeting)
WHERE m.name CONTAINS $meeting
  AND ($from IS NULL OR m.startDate >= $from)
  AND ($to IS NULL OR m.startDate <= $to)
MATCH (p:Person)-[a:ATTENDED]->(m)
RETURN m.name AS meeting, m.startDate AS startDate, m.endDate AS endDate, a.order AS order, p.name AS person,
       a.roles AS roles, a.evidenceSentence[0] AS evidence
ORDER BY m.startDate, m.name, a.order, p.name
