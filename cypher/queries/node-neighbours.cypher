// A node's relationships and the nodes at their other end. MENTIONED_IN is evidence, listed
// separately, except for a Section, whose neighbours are exactly the nodes it mentions.
MATCH (n:Entity {id: $id})-[r]-(other:Entity)
WHERE type(r) <> 'MENTIONED_IN' OR n:Section
RETURN r, startNode(r).id AS from, endNode(r).id AS to, other
ORDER BY type(r), other.name
LIMIT $limit
