// The relationships already between entities, read once before the load writes: the loader matches
// rows to them by key, type and ends (what MERGE (a)-[:TYPE {key}]->(b) would match) in seed/src/load.ts.
MATCH (a:Entity)-[r]->(b:Entity)
RETURN elementId(r) AS id, r.key AS key, a.id + '|' + type(r) + '|' + b.id AS triple
