// Every label with how many nodes carry it, in one pass over the nodes.
MATCH (n)
UNWIND labels(n) AS label
RETURN label, count(*) AS count
ORDER BY label
