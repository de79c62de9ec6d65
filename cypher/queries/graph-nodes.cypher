// Every node of the network; Section nodes (evidence) only when $evidence is true.
MATCH (n:Entity)
WHERE $evidence OR NOT n:Section
RETURN n
ORDER BY n.id
