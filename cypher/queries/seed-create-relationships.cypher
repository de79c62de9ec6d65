// Creates a batch of relationships that are not in the graph yet (the loader matched the rest to
// existing ones by key first). Both ends were written earlier in the same transaction.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
RETURN count(r) AS relationships
