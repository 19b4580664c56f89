// Evidence: one node per document per statement of a fact, quoting the
// sentence. Found from the relationship by relKey (indexed).
// $rows: EvidenceRow (server/graph/rows.ts).
UNWIND $rows AS row
MATCH (d:Document {key: row.docKey})
MATCH (s:Entity {key: row.sourceKey})
MERGE (e:Evidence {key: row.key})
SET e.relKey = row.relKey,
    e.relType = row.relType,
    e.sourceKey = row.sourceKey,
    e.docKey = row.docKey,
    e.section = row.section,
    e.quote = row.quote,
    e.start = toInteger(row.start),
    e.end = toInteger(row.end),
    e.rule = row.rule
MERGE (e)-[:IN]->(d)
MERGE (e)-[:SUPPORTS]->(s)
