// Creates a batch of dataset nodes that are not in the graph yet (the loader read the ids already there
// first; the unique Entity.id constraint still refuses a duplicate written meanwhile).
UNWIND $rows AS row
CREATE (n:Entity:$(row.type))
SET n = row.props
RETURN count(n) AS nodes
