// Which of the given ids name a node, so a route can answer 404 for the ones that do not.
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
RETURN id, n IS NOT NULL AS found
