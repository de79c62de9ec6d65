// Title: The weaknesses each lesson answers
// Question: Which weaknesses does each lesson learned (and each strategic goal) respond to?
MATCH (answer)-[:ADDRESSES]->(weakness:Weakness)
WHERE answer:Lesson OR answer:StrategicGoal
WITH answer, weakness ORDER BY weakness.name
RETURN [l IN labels(answer) WHERE l <> 'Entity'][0] AS kind, answer.name AS answer, collect(weakness.name) AS addresses,
       answer.id AS id, collect(weakness.id) AS weaknessIds
ORDER BY kind, answer
