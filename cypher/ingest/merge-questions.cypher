// Questions (with their answers) of a document.
// $rows: QuestionRow (server/graph/rows.ts).
UNWIND $rows AS row
MATCH (d:Document {key: row.docKey})
MERGE (q:Question {key: row.key})
SET q.docKey = row.docKey,
    q.number = toInteger(row.number),
    q.question = row.question,
    q.answer = row.answer,
    q.start = toInteger(row.start),
    q.end = toInteger(row.end)
MERGE (d)-[:HAS_QUESTION]->(q)
