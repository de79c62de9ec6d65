// Benchmark baseline: the plainest write of the loader's relationship rows (no MERGE, no checks).
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props, r.key = row.key
