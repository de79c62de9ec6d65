// Title: How far the partnership reached into Gran's community
// Question: Which knowledge flows aimed at the community, through which channels, and how far did they get?
MATCH (source)-[flow:KNOWLEDGE_FLOW {level: 'community'}]->(target)
RETURN flow.topic AS topic, source.name AS from, target.name AS to, flow.channel AS channel, flow.status AS status,
       flow.key AS flow
ORDER BY status, topic
