// Title: How a Gran school connects to Lugazi
// Question: Through which people, groups and activities is Gran's elementary school tied to Lugazi town council?
MATCH p = allShortestPaths((school:Organisation {id: 'gran-elementary-school-1'})-[*..6]-(lugazi:Organisation {id: 'lugazi'}))
WHERE all(n IN nodes(p) WHERE NOT (n:Section OR n:Document OR n:Concept))
RETURN [n IN nodes(p) | n.name] AS route,
       [n IN nodes(p) | n.id] AS ids,
       [r IN relationships(p) | type(r)] AS via,
       length(p) AS steps
ORDER BY route
