// --replace: entities that are no longer in the files go, with their relationships.
MATCH (n:Entity)
WHERE NOT n.id IN $ids
DETACH DELETE n
RETURN count(*) AS deleted
