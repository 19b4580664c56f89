// Documents, newest first, filtered by kind, date range and a mentioned entity.
// $kind, $from, $to, $entity may be null; $offset / $limit page the list.
MATCH (d:Document)
WHERE ($kind IS NULL OR d.kind = $kind)
  AND ($from IS NULL OR d.date >= date($from))
  AND ($to IS NULL OR d.date <= date($to))
  AND ($entity IS NULL OR EXISTS { (d)-[:MENTIONS]->(:Entity {key: $entity}) })
WITH d ORDER BY d.date DESC, d.key ASC
WITH collect(d) AS documents
// A page past the end is empty but still reports the total: one null row then.
WITH documents, documents[$offset..($offset + $limit)] AS page
UNWIND (CASE WHEN size(page) = 0 THEN [null] ELSE page END) AS d
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
