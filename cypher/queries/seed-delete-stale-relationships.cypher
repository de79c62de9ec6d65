// --replace: relationships between entities that match no row of the files (by key and ends) go.
UNWIND $ids AS id
MATCH ()-[r]->()
WHERE elementId(r) = id
DELETE r
RETURN count(*) AS deleted
