// Ranked full-text search over names, summaries and mention quotes (index entitySearch in schema.cypher).
// $lucene is built by the API from letters and digits only; $types optionally narrows the node types.
CALL db.index.fulltext.queryNodes('entitySearch', $lucene, {limit: $fetch})
YIELD node, score
WHERE $types IS NULL OR any(label IN labels(node) WHERE label IN $types)
RETURN node, score
ORDER BY score DESC, node.name
LIMIT $limit
