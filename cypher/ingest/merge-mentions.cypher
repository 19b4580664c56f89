// Mentions: a span of the document text that refers to an entity, with the
// resolution rule and reason on REFERS_TO (so a merge can be undone).
// $rows: MentionRow (server/graph/rows.ts).
UNWIND $rows AS row
MATCH (d:Document {key: row.docKey})
MATCH (x:Entity {key: row.entityKey})
MERGE (m:Mention {key: row.key})
SET m.docKey = row.docKey,
    m.section = row.section,
    m.questionKey = row.questionKey,
    m.text = row.text,
    m.start = toInteger(row.start),
    m.end = toInteger(row.end),
    m.rule = row.rule
MERGE (m)-[:IN]->(d)
MERGE (m)-[r:REFERS_TO]->(x)
SET r.rule = row.refRule, r.reason = row.refReason
