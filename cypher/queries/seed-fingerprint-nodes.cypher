// Every entity with its labels and properties, for the graph's fingerprint (the Meta node is not data).
MATCH (n)
WHERE NOT n:Meta
RETURN labels(n) AS labels, properties(n) AS props
