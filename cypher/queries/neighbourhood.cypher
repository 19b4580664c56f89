// neighbourhood: the fact relationships within $depth hops of an entity,
// best-evidenced first. Only fact relationships (they carry a key) are
// followed; Documents appear as the end of ASKED/ANSWERED.
// @param key     string           entity key, e.g. ubr
// @param depth   integer = 1      hops, 1..3
// @param limit   integer = 100    maximum rows
// @returns source, type, target, evidenceCount, docKeys, relKey
MATCH (a:Entity {key: $key})
MATCH p = (a)-[rels*1..3]-(b)
WHERE length(p) <= $depth AND all(r IN rels WHERE r.key IS NOT NULL)
UNWIND rels AS r
WITH DISTINCT r
WITH r, startNode(r) AS s, endNode(r) AS t
RETURN CASE WHEN s:Document THEN 'doc:' + s.key ELSE s.key END AS source,
       type(r) AS type,
       CASE WHEN t:Document THEN 'doc:' + t.key ELSE t.key END AS target,
       r.evidenceCount AS evidenceCount,
       r.docKeys AS docKeys,
       r.key AS relKey
ORDER BY evidenceCount DESC, source, type, target
LIMIT toInteger($limit)
