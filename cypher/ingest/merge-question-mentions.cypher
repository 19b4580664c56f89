// Question -MENTIONS {count}-> Entity.
// $rows: {from: questionKey, entityKey, count}.
UNWIND $rows AS row
MATCH (q:Question {key: row.from})
MATCH (x:Entity {key: row.entityKey})
MERGE (q)-[r:MENTIONS]->(x)
SET r.count = toInteger(row.count)
