// Rewrites the properties of relationships already in the graph (matched by key and ends), replacing
// them all so edits propagate.
UNWIND $rows AS row
MATCH ()-[r]->()
WHERE elementId(r) = row.id
SET r = row.props
RETURN count(r) AS relationships
