// Documents, newest first, filtered by kind, date range and a mentioned entity.
// $kind, $from, $to, $entity may be null; $offset / $limit page the list.
MATCH (d:Document)
WHERE ($kind IS NULL OR d.kind = $kind)
  AND ($from IS NULL OR d.date >= date($from))
  AND ($to IS NULL OR d.date <= date($to))
  AND ($entity IS NULL OR EXISTS { (d)-[:MENTIONS]->(:Entity {key: $entity}) })
WITH d ORDER BY d.date DESC, d.key ASC
WITH collect(d) AS documents
UNWIND (CASE WHEN size(documents) = 0 THEN [null] ELSE documents[$offset..($offset + $limit)] END) AS d
RETURN size(documents) AS total,
       CASE WHEN d IS NULL THEN null ELSE d {
         .key, .file, .kind, .number, .title, date: toString(d.date), submitted: toString(d.submitted),
         counts: {
           questions: COUNT { (d)-[:HAS_QUESTION]->(:Question) },
           entities: COUNT { (d)-[:MENTIONS]->(:Entity) },
           evidence: COUNT { (:Evidence)-[:IN]->(d) },
           commitments: COUNT { (:Commitment)-[:STATED_IN]->(d) }
         }
       } END AS document
