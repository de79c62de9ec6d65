// Title: Brokers between Norway and Uganda
// Question: Which actors have direct ties to actors in both countries, and so can carry knowledge across?
MATCH (broker)-[tie]-(other)
WHERE (broker:Organisation OR broker:Person OR broker:Group)
  AND (other:Organisation OR other:Person OR other:Group)
  AND other.country IS NOT NULL
WITH broker, collect(DISTINCT other.country) AS countries, count(DISTINCT other) AS ties
WHERE size(countries) = 2
RETURN broker.name AS broker, broker.id AS id, [l IN labels(broker) WHERE l <> 'Entity'][0] AS type, broker.country AS country, ties
ORDER BY ties DESC, broker
