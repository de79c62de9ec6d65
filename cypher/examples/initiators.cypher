// Title: Who started what
// Question: Who initiated the partnership, its events and its initiatives?
MATCH (actor)-[:INITIATED]->(started)
WITH started, actor ORDER BY actor.name
RETURN [l IN labels(started) WHERE l <> 'Entity'][0] AS kind, started.name AS started, collect(actor.name) AS initiatedBy,
       started.id AS id, collect(actor.id) AS actorIds
ORDER BY kind, started
