// Document -MENTIONS {count}-> Entity. Every entity of a document's
// extraction gets one (count may be 0): an entity lives while some document
// mentions it.
// $rows: {from: docKey, entityKey, count}.
UNWIND $rows AS row
MATCH (d:Document {key: row.from})
MATCH (x:Entity {key: row.entityKey})
MERGE (d)-[r:MENTIONS]->(x)
SET r.count = toInteger(row.count)
