// Title: Search the evidence for a phrase
// Question: Which nodes does the report connect with the "travellers club", by name, summary or quote?
CALL db.index.fulltext.queryNodes('entitySearch', '"travellers club"') YIELD node, score
RETURN node.id AS id, node.name AS name, [l IN labels(node) WHERE l <> 'Entity'][0] AS type,
       round(score * 100) / 100 AS score
ORDER BY score DESC, id
LIMIT 10
