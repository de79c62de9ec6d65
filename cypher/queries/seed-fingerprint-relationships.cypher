// Every relationship with its ends' ids and its properties, for the graph's fingerprint.
MATCH (a)-[r]->(b)
WHERE NOT a:Meta AND NOT b:Meta
RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props
