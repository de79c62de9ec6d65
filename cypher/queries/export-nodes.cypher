// Every dataset node with all its labels and properties, for /api/export.
MATCH (n:Entity)
RETURN labels(n) AS labels, properties(n) AS props
ORDER BY n.id
