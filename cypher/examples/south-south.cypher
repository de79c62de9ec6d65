// Title: Mukono → Lugazi: the South–South component
// Question: What was meant to travel from Mukono to Lugazi, and did it?
MATCH (source)-[flow:KNOWLEDGE_FLOW {direction: 'south_south'}]->(target)
RETURN flow.topic AS topic, source.name AS from, target.name AS to, flow.status AS status, flow.quote AS evidence,
       flow.key AS flow
ORDER BY topic
