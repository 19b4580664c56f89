// shortest-paths: all shortest chains of fact relationships between two
// entities (any direction), e.g. how a ministry is linked to a supplier.
// @param from       string           entity key where the path starts
// @param to         string           entity key where the path ends
// @param maxLength  integer = 4      at most this many relationships (≤ 6)
// @param limit      integer = 10     maximum paths
// @returns names (along the path), types, relKeys, length
MATCH (a:Entity {key: $from}), (b:Entity {key: $to})
MATCH p = allShortestPaths((a)-[*..6]-(b))
WHERE length(p) <= $maxLength AND all(r IN relationships(p) WHERE r.key IS NOT NULL)
RETURN [n IN nodes(p) | CASE WHEN n:Document THEN 'doc:' + n.key ELSE n.key END] AS keys,
       [n IN nodes(p) | coalesce(n.name, n.title, n.key)] AS names,
       [r IN relationships(p) | type(r)] AS types,
       [r IN relationships(p) | r.key] AS relKeys,
       length(p) AS length
LIMIT toInteger($limit)
