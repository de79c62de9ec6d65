// Every relationship between dataset nodes; MENTIONED_IN (evidence) only when $evidence is true.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE $evidence OR (type(r) <> 'MENTIONED_IN' AND NOT a:Section AND NOT b:Section)
RETURN r, a.id AS from, b.id AS to
ORDER BY r.key
