// Commitments: actor -PROMISED-> commitment -STATED_IN-> document, and
// -ABOUT-> each entity it concerns. Due dates become Neo4j dates.
// $rows: CommitmentRow (server/graph/rows.ts).
UNWIND $rows AS row
MATCH (d:Document {key: row.docKey})
MATCH (a:Entity {key: row.actorKey})
MERGE (c:Commitment {key: row.key})
SET c.docKey = row.docKey,
    c.text = row.text,
    c.due = date(row.due),
    c.dueText = row.dueText,
    c.kind = row.kind,
    c.quote = row.quote,
    c.section = row.section,
    c.start = toInteger(row.start),
    c.end = toInteger(row.end),
    c.rule = row.rule
MERGE (a)-[:PROMISED]->(c)
MERGE (c)-[:STATED_IN]->(d)
WITH c, row
CALL {
  WITH c, row
  UNWIND row.aboutKeys AS aboutKey
  MATCH (x:Entity {key: aboutKey})
  MERGE (c)-[:ABOUT]->(x)
}
