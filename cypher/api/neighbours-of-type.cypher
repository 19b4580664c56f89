// One page of an entity's neighbours of one type, strongest evidence first,
// so a hub chip expands its type page by page instead of all neighbours at once.
// Columns as in neighbourhood-step.cypher.
// $key: the entity; $type: 'Document' or an entity type; $relTypes; $minEvidence;
// $from / $to: ISO dates or null; $skip / $limit: the page.
MATCH (a:Entity {key: $key})-[r:__FACT_TYPES__]-(b)
WHERE type(r) IN $relTypes
  AND coalesce(r.evidenceCount, 0) >= $minEvidence
  AND ((b:Document AND $type = 'Document') OR (b:Entity AND b.type = $type))
  AND (($from IS NULL AND $to IS NULL) OR EXISTS {
        MATCH (d:Document) WHERE d.key IN coalesce(r.docKeys, [])
          AND ($from IS NULL OR d.date >= date($from))
          AND ($to IS NULL OR d.date <= date($to)) })
WITH b, CASE WHEN b:Document THEN 'doc:' + b.key ELSE b.key END AS id, max(coalesce(r.evidenceCount, 0)) AS weight
RETURN id, b:Document AS isDocument, b.key AS key,
       CASE WHEN b:Document THEN coalesce(b.title, b.key) ELSE b.name END AS label,
       CASE WHEN b:Document THEN 'Document' ELSE b.type END AS type,
       b.kind AS kind, coalesce(b.aliases, []) AS aliases,
       CASE WHEN b:Document THEN 0 ELSE COUNT { (:Document)-[:MENTIONS]->(b) } END AS docCount,
       weight
ORDER BY weight DESC, id ASC
SKIP $skip
LIMIT $limit
