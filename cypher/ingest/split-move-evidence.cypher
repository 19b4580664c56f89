// splitEntity, step 4: give evidence its new relationship key (and, when
// the moved entity is the source, its new SUPPORTS end).
// $rows: [{key, newKey, relKey, sourceKey}].
UNWIND $rows AS row
MATCH (e:Evidence {key: row.key})
MATCH (s:Entity {key: row.sourceKey})
SET e.key = row.newKey, e.relKey = row.relKey, e.sourceKey = row.sourceKey
WITH e, s
OPTIONAL MATCH (e)-[old:SUPPORTS]->(other) WHERE other <> s
DELETE old
MERGE (e)-[:SUPPORTS]->(s)
