// Title: What the report says about Hand in Hand Uganda
// Question: Where does the report mention HIHU, and in what words?
MATCH (hihu:Entity {id: 'hihu'})-[mention:MENTIONED_IN]->(section:Section)
RETURN section.number AS section, section.title AS title, mention.quote AS quote
ORDER BY mention.key
