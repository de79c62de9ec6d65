// Upserts a batch of dataset nodes. SET n = row.props replaces every property, so a property removed
// from the YAML disappears from the graph; a node whose type changed loses its old type label.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n = row.props
SET n:$(row.type)
WITH n, row, [label IN labels(n) WHERE label <> 'Entity' AND label <> row.type] AS stale
REMOVE n:$(stale)
RETURN count(n) AS nodes
