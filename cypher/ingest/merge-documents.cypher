// Document nodes. Dates become Neo4j dates (null stays null).
// $rows: DocumentRow (server/graph/rows.ts).
UNWIND $rows AS row
MERGE (d:Document {key: row.key})
SET d.file = row.file,
    d.kind = row.kind,
    d.number = row.number,
    d.title = row.title,
    d.date = date(row.date),
    d.submitted = date(row.submitted),
    d.sha256 = row.sha256,
    d.text = row.text,
    d.chars = toInteger(row.chars),
    d.ingestedAt = datetime()
