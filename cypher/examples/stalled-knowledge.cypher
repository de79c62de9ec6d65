// Title: Where knowledge stalled, and what hindered it
// Question: Which knowledge flows stalled, between whom, at what level, and which weaknesses held them back?
MATCH (source)-[flow:KNOWLEDGE_FLOW {status: 'stalled'}]->(target)
OPTIONAL MATCH (weakness:Weakness)
  WHERE weakness.id IN coalesce(flow.hinderedBy, [])
     OR (weakness)-[:HINDERS]->(:Knowledge {id: flow.knowledge})
WITH source, flow, target, weakness ORDER BY weakness.id
WITH source, flow, target, collect(DISTINCT weakness.name) AS hinderedBy, collect(DISTINCT weakness.id) AS weaknessIds
RETURN flow.topic AS topic, source.name AS from, target.name AS to, flow.level AS level,
       flow.direction AS direction, hinderedBy, flow.key AS flow, weaknessIds
ORDER BY topic, from
