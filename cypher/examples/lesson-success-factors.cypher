// Title: The success factors each lesson builds on
// Question: For each of the five lessons learned, which success factors does it build on?
MATCH (lesson:Lesson)
OPTIONAL MATCH (lesson)-[:BUILDS_ON]->(factor:SuccessFactor)
WITH lesson, factor ORDER BY factor.name
RETURN lesson.number AS number, lesson.name AS lesson, collect(factor.name) AS buildsOn,
       collect(factor.id) AS factorIds
ORDER BY number
