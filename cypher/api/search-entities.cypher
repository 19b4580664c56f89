// Ranked entity search over the full-text index `entityNames`.
// $lucene: a Lucene query built by server/api/lucene.ts from escaped user terms
// (exact terms boosted, prefix terms for autocomplete); $type: entity type or null;
// $fetch: how many hits to pull before the type filter; $limit: results returned.
CALL db.index.fulltext.queryNodes('entityNames', $lucene, {limit: $fetch}) YIELD node, score
WHERE node:Entity AND ($type IS NULL OR node.type = $type)
RETURN node.key AS key, node.name AS name, node.type AS type, node.kind AS kind,
       coalesce(node.aliases, []) AS aliases, score
ORDER BY score DESC, size(node.name) ASC, key ASC
LIMIT $limit
