// Title: South → North learning, and whether it was implemented
// Question: What did Gran's people learn from Uganda, did it reach them, and was any of it put into practice in Gran?
MATCH (source)-[flow:KNOWLEDGE_FLOW {direction: 'south_north'}]->(target)
OPTIONAL MATCH (knowledge:Knowledge {id: flow.knowledge})
OPTIONAL MATCH (outcome:Outcome)-[:ABOUT]->(knowledge)
WITH flow, source, target, knowledge, collect(DISTINCT outcome) AS outcomes
RETURN flow.topic AS topic, source.name AS from, target.name AS to, flow.status AS status,
       knowledge.name AS knowledge, knowledge.id AS knowledgeId, flow.key AS flow,
       [o IN outcomes | o.name + ' (' + o.level + ', realised: ' + o.realised + ')'] AS outcomes,
       // "Implemented" means an organisational outcome in Gran that was realised, not only learning by individuals.
       any(o IN outcomes WHERE o.level = 'organisational' AND o.realised = 'yes') AS implementedInGran
ORDER BY status, topic, from
