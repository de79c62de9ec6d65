// Upserts a batch of relationships on their key (`from|TYPE|to`, `#2`… for repeats), replacing all
// properties so edits propagate. Both ends were written earlier in the same transaction.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type) {key: row.key}]->(b)
SET r = row.props
RETURN count(r) AS relationships
