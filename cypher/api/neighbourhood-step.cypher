// One breadth-first step of a neighbourhood: the neighbours of the frontier
// over fact relationships, strongest evidence first. server/api/graph/neighbourhood.ts
// repeats it once per depth level (1..3) so depth stays a parameter.
// $entityKeys / $docKeys: frontier; $seen: node ids already taken (entity key or doc:<key>);
// $relTypes: whitelisted fact types; $nodeTypes: allowed neighbour types ('Document' included);
// $from / $to: ISO dates or null (evidence documents dated in range); $minEvidence; $cap.
CALL {
  MATCH (a:Entity) WHERE a.key IN $entityKeys RETURN a
  UNION
  MATCH (a:Document) WHERE a.key IN $docKeys RETURN a
}
MATCH (a)-[r:__FACT_TYPES__]-(b)
WHERE type(r) IN $relTypes
  AND coalesce(r.evidenceCount, 0) >= $minEvidence
  AND ((b:Document AND 'Document' IN $nodeTypes) OR (b:Entity AND b.type IN $nodeTypes))
  AND (($from IS NULL AND $to IS NULL) OR EXISTS {
        MATCH (d:Document) WHERE d.key IN coalesce(r.docKeys, [])
          AND ($from IS NULL OR d.date >= date($from))
          AND ($to IS NULL OR d.date <= date($to)) })
WITH b, CASE WHEN b:Document THEN 'doc:' + b.key ELSE b.key END AS id, max(coalesce(r.evidenceCount, 0)) AS weight
WHERE NOT id IN $seen
RETURN id, b:Document AS isDocument, b.key AS key,
       CASE WHEN b:Document THEN coalesce(b.title, b.key) ELSE b.name END AS label,
       CASE WHEN b:Document THEN 'Document' ELSE b.type END AS type,
       b.kind AS kind, coalesce(b.aliases, []) AS aliases,
       CASE WHEN b:Document THEN 0 ELSE COUNT { (:Document)-[:MENTIONS]->(b) } END AS docCount,
       weight
ORDER BY weight DESC, id ASC
LIMIT $cap
