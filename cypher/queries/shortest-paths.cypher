// All shortest paths between two nodes through the network (never through Section evidence),
// optionally only through some node types ($types) and relationship types ($relTypes).
// The bound in the pattern is the API's ceiling. $maxLength is applied to the result, not in WHERE:
// a length predicate the shortest path fails would send Neo4j into an exhaustive search.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[*..10]-(b))
WHERE all(r IN relationships(p) WHERE type(r) <> 'MENTIONED_IN' AND ($relTypes IS NULL OR type(r) IN $relTypes))
  AND all(n IN nodes(p) WHERE NOT n:Section AND (n = a OR n = b OR $types IS NULL OR any(l IN labels(n) WHERE l IN $types)))
WITH p
WHERE length(p) <= $maxLength
RETURN [n IN nodes(p) | n] AS nodes,
       [r IN relationships(p) | {rel: r, from: startNode(r).id, to: endNode(r).id}] AS rels
LIMIT $limit
