// One node with its evidence: the sections that mention it and the quotes.
MATCH (n:Entity {id: $id})
OPTIONAL MATCH (n)-[m:MENTIONED_IN]->(s:Section)
WITH n, s, m
ORDER BY s.number
WITH n, collect(CASE WHEN s IS NULL THEN null ELSE {section: s.number, title: s.title, quote: m.quote} END) AS evidence
RETURN n, labels(n) AS labels, evidence
