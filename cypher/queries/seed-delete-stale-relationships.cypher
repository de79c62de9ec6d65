// --replace: relationships between entities whose key is no longer in the files go.
MATCH (:Entity)-[r]->(:Entity)
WHERE r.key IS NULL OR NOT r.key IN $keys
DELETE r
RETURN count(*) AS deleted
