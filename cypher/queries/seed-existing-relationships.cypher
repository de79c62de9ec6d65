// The relationships already between entities, read once before any is written. The loader matches rows
// to them by key and ends itself: Neo4j 5.26 plans a MERGE on a dynamic type ($(row.type)) as a scan of
// every relationship per row, so MERGE made a load quadratic in its size.
MATCH (a:Entity)-[r]->(b:Entity)
RETURN elementId(r) AS id, r.key AS key, a.id + '|' + type(r) + '|' + b.id AS triple
