// Deletes those of the given entities that no document mentions any more
// (entities shared with other documents survive).
// $entityKeys. Returns deleted.
UNWIND $entityKeys AS key
MATCH (x:Entity {key: key})
WHERE NOT EXISTS { (:Document)-[:MENTIONS]->(x) }
DETACH DELETE x
RETURN count(*) AS deleted
