// Title: Who the informants were
// Question: Whom did the researchers interview, in what role, and where do they belong?
MATCH (person:Person {informant: true})
OPTIONAL MATCH (person)-[:MEMBER_OF]->(home)
WITH person, home ORDER BY home.name
RETURN person.name AS informant, person.role AS role, collect(home.name) AS memberOf, person.id AS id
ORDER BY informant
