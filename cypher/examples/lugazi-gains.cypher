// Title: What Lugazi gained
// Question: What did Lugazi, the third partner since 2006, get out of the partnership: knowledge, money, activities?
// Lugazi itself, its schools, and the people and groups that belong to it.
MATCH (receiver:Entity)
WHERE receiver.id IN ['lugazi', 'lugazi-schools'] OR (receiver)-[:MEMBER_OF|PART_OF]->(:Entity {id: 'lugazi'})
CALL (receiver) {
  MATCH (source)-[flow:KNOWLEDGE_FLOW]->(receiver)
  RETURN 'knowledge' AS kind, flow.topic AS what, source.name AS from, flow.status AS status, flow.key AS ref
  UNION
  MATCH (donor)-[:DONATED_TO]->(receiver)
  RETURN 'donation' AS kind, 'money for ' + receiver.name AS what, donor.name AS from, null AS status, donor.id AS ref
  UNION
  MATCH (receiver)-[:EXPERIENCED]->(outcome:Outcome)
  RETURN 'outcome' AS kind, outcome.name AS what, null AS from, outcome.realised AS status, outcome.id AS ref
  UNION
  MATCH (receiver)-[:PARTICIPATED_IN]->(activity)
  WHERE activity:Event OR activity:Initiative
  RETURN 'took part in' AS kind, activity.name AS what, null AS from, null AS status, activity.id AS ref
}
RETURN DISTINCT kind, what, from, status, receiver.name AS receiver, receiver.id AS receiverId, ref
ORDER BY kind, what
