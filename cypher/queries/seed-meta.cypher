// Records what was loaded. The API keys its caches on hash/version, so a reseed drops them.
MERGE (m:Meta {id: 'dataset'})
SET m.hash = $hash,
    m.version = coalesce(m.version, 0) + 1,
    m.loadedAt = $loadedAt,
    m.nodes = $nodes,
    m.relationships = $relationships,
    m.files = $files
RETURN m.version AS version
