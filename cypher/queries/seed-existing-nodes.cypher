// The entities already in the graph, read once before the load writes: the loader then creates the
// new ones without a MERGE, and updates the others with the labels they must lose.
MATCH (n:Entity)
WHERE n.id IS NOT NULL
RETURN n.id AS id, labels(n) AS labels
