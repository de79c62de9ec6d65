// Title: What was only planned or expected
// Question: Which knowledge flows does the report only say were meant to happen, and with what words?
// 'intended' means planned, expected or proposed: the report does not say the knowledge got there.
MATCH (source)-[flow:KNOWLEDGE_FLOW {status: 'intended'}]->(target)
RETURN flow.topic AS topic, source.name AS from, target.name AS to, flow.direction AS direction,
       flow.section AS section, flow.quote AS evidence, flow.key AS flow
ORDER BY direction, topic
