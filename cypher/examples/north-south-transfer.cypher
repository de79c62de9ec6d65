// Title: North → South transfer of solid knowledge
// Question: What did Gran pass on to Mukono, and what initiatives in Mukono did it become?
MATCH (source)-[flow:KNOWLEDGE_FLOW {direction: 'north_south'}]->(target)
OPTIONAL MATCH (knowledge:Knowledge {id: flow.knowledge})
OPTIONAL MATCH (initiative:Initiative)-[:ABOUT]->(knowledge)
RETURN flow.topic AS topic, source.name AS from, target.name AS to, flow.status AS status,
       collect(DISTINCT initiative.name) AS initiatives, collect(DISTINCT initiative.id) AS initiativeIds,
       flow.key AS flow
ORDER BY topic
