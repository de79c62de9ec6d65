// Every property key in the database, for the Cypher editor's autocomplete.
CALL db.propertyKeys() YIELD propertyKey
RETURN propertyKey
ORDER BY propertyKey
