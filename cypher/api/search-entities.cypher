// Ranked entity search over the full-text index `entityNames`.
// $lucene: a Lucene query built by server/api/lucene.ts from escaped user terms
// (exact terms boosted, prefix terms for autocomplete); $type: entity type or null;
// $exact: the query lower-cased — an entity whose name or alias is exactly that ranks first
// ("UBR" finds the organisation before "ambtenaar UBR, voorzitter NTF");
// $fetch: how many hits to pull before filtering and re-ranking; $limit: results returned.
CALL db.index.fulltext.queryNodes('entityNames', $lucene, {limit: $fetch}) YIELD node, score
WHERE node:Entity AND ($type IS NULL OR node.type = $type)
WITH node, score,
     toLower(node.name) = $exact OR any(a IN coalesce(node.aliases, []) WHERE toLower(a) = $exact) AS exact
RETURN node.key AS key, node.name AS name, node.type AS type, node.kind AS kind,
       coalesce(node.aliases, []) AS aliases, score
ORDER BY exact DESC, score DESC, size(node.name) ASC, key ASC
LIMIT $limit
