// Distinct neighbours of one entity over fact relationships, counted by type
// ('Document' or the entity type): the explorer's hub chips ("BZK: 157
// neighbours by type"). Same relation filters as the neighbourhood step.
// $key: the entity; $relTypes; $minEvidence; $from / $to: ISO dates or null.
MATCH (a:Entity {key: $key})-[r:__FACT_TYPES__]-(b)
WHERE type(r) IN $relTypes
  AND coalesce(r.evidenceCount, 0) >= $minEvidence
  AND (($from IS NULL AND $to IS NULL) OR EXISTS {
        MATCH (d:Document) WHERE d.key IN coalesce(r.docKeys, [])
          AND ($from IS NULL OR d.date >= date($from))
          AND ($to IS NULL OR d.date <= date($to)) })
  AND (b:Document OR b:Entity)
WITH DISTINCT b
RETURN CASE WHEN b:Document THEN 'Document' ELSE b.type END AS type, count(*) AS count
ORDER BY count DESC, type ASC
