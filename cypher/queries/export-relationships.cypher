// Every relationship between dataset nodes with its properties, for /api/export.
MATCH (a:Entity)-[r]->(b:Entity)
RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props
ORDER BY r.key, a.id, b.id
