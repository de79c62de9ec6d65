// Every relationship type with how many relationships have it.
MATCH ()-[r]->()
RETURN type(r) AS type, count(*) AS count
ORDER BY type
