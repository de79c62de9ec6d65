// Title: What each weakness causes and holds back
// Question: For each weakness, which other weaknesses does it lead to, and what does it hinder?
MATCH (weakness:Weakness)
OPTIONAL MATCH (weakness)-[:CAUSES]->(caused:Weakness)
OPTIONAL MATCH (weakness)-[:HINDERS]->(hindered)
WITH weakness, collect(DISTINCT caused.name) AS causes, collect(DISTINCT hindered.name) AS hinders
WHERE size(causes) > 0 OR size(hinders) > 0
RETURN weakness.name AS weakness, weakness.id AS id, causes, hinders, size(causes) + size(hinders) AS reach
ORDER BY reach DESC, weakness
