// The members of an organisation (people holding a post in it) and of its sub-organisations (PART_OF, up to
// three levels down).
// Parameters: $organization — the organisation's name (or an alias).
// Example:    kg query cypher/queries/organization-members.cypher --param organization=云杉新区党工委
MATCH (o)
WHERE (o:Organization OR o:Place) AND (o.name = $organization OR $organization IN o.aliases)
MATCH (unit)-[:PART_OF*0..3]->(o)
MATCH (p:Person)-[h:HOLDS_POSITION]->(unit)
RETURN unit.name AS organization, p.name AS person, h.title AS title, h.firstSeen AS firstSeen, h.lastSeen AS lastSeen
ORDER BY organization, person, title
