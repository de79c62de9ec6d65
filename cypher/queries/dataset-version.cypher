// What identifies the loaded dataset: the Meta node the loader writes, plus the counts as a fallback.
// The API keys its caches (the graph, metrics, ETags) on this, so a reseed drops them.
OPTIONAL MATCH (meta:Meta)
WITH collect(properties(meta)) AS metas
CALL () {
  MATCH (n:Entity)
  RETURN count(n) AS nodes
}
CALL () {
  MATCH ()-[r]->()
  RETURN count(r) AS relationships
}
RETURN metas, nodes, relationships
