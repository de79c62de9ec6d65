// Rewrites nodes already in the graph. SET n = row.props replaces every property, so a property removed
// from the YAML disappears from the graph; a node whose type changed loses its old type label (row.stale).
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
SET n = row.props
SET n:$(row.type)
REMOVE n:$(row.stale)
RETURN count(n) AS nodes
