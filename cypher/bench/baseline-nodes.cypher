// Benchmark baseline: the plainest write of the loader's node rows (no MERGE, no checks).
UNWIND $rows AS row
CREATE (n:Entity:$(row.type))
SET n = row.props, n.id = row.id
