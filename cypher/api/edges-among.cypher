// Fact relationships between the given nodes (the induced subgraph), with the
// same filters as the neighbourhood step. $cap bounds the answer.
CALL {
  MATCH (a:Entity) WHERE a.key IN $entityKeys RETURN a
  UNION
  MATCH (a:Document) WHERE a.key IN $docKeys RETURN a
}
MATCH (a)-[r:__FACT_TYPES__]->(b)
WHERE type(r) IN $relTypes
  AND ((b:Entity AND b.key IN $entityKeys) OR (b:Document AND b.key IN $docKeys))
  AND coalesce(r.evidenceCount, 0) >= $minEvidence
  AND (($from IS NULL AND $to IS NULL) OR EXISTS {
        MATCH (d:Document) WHERE d.key IN coalesce(r.docKeys, [])
          AND ($from IS NULL OR d.date >= date($from))
          AND ($to IS NULL OR d.date <= date($to)) })
RETURN r.key AS id, type(r) AS type,
       CASE WHEN a:Document THEN 'doc:' + a.key ELSE a.key END AS source,
       CASE WHEN b:Document THEN 'doc:' + b.key ELSE b.key END AS target,
       coalesce(r.evidenceCount, 0) AS evidenceCount,
       toString(r.firstDate) AS firstDate, toString(r.lastDate) AS lastDate
ORDER BY evidenceCount DESC, id ASC
LIMIT $cap
