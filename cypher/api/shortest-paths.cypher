// All shortest paths between two entities over fact relationships.
// The pattern's upper bound (6) is the API maximum; $maxLength narrows it.
// Inner nodes must have an allowed type ($nodeTypes, 'Document' for ASKED/ANSWERED hubs).
MATCH (a:Entity {key: $from}), (b:Entity {key: $to})
MATCH p = allShortestPaths((a)-[:__FACT_TYPES__*..6]-(b))
WHERE length(p) <= $maxLength
  AND all(r IN relationships(p) WHERE type(r) IN $relTypes)
  AND all(n IN nodes(p) WHERE n = a OR n = b
          OR (n:Document AND 'Document' IN $nodeTypes) OR (n:Entity AND n.type IN $nodeTypes))
RETURN [n IN nodes(p) | CASE WHEN n:Document THEN 'doc:' + n.key ELSE n.key END] AS nodeIds,
       [n IN nodes(p) WHERE n:Entity | n.key] AS entityKeys,
       [n IN nodes(p) WHERE n:Document | n.key] AS docKeys,
       [r IN relationships(p) | r.key] AS relKeys,
       length(p) AS length
LIMIT $limit
