// A person's positions over time: title, the organisation (or place), when first and last seen, and the
// sentences that state it.
// Parameters: $person — the person's name (or an alias).
// Example:    kg query cypher/queries/person-positions.cypher --param person=郑启航
MATCH (p:Person)
WHERE p.name = $person OR $person IN p.aliases
MATCH (p)-[h:HOLDS_POSITION]->(o)
RETURN h.title AS title, o.name AS organization, labels(o)[0] AS label, h.firstSeen AS firstSeen,
       h.lastSeen AS lastSeen, size(h.evidenceSentence) AS sentences, h.evidenceSentence[0] AS evidence
ORDER BY h.firstSeen, h.title
