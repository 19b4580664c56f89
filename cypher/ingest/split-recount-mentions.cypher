// splitEntity, step 6: MENTIONS counts of both entities in the affected
// documents and their questions, recounted from the Mention nodes. A
// document keeps MENTIONS to the old entity while anything there still
// ties it to the entity (so the entity is not orphaned by mistake).
// $docKeys, $keys (old and new entity key).
UNWIND $docKeys AS docKey
MATCH (d:Document {key: docKey})
UNWIND $keys AS key
MATCH (x:Entity {key: key})
OPTIONAL MATCH (m:Mention {docKey: docKey})-[:REFERS_TO]->(x)
WITH d, x, count(m) AS mentions,
     EXISTS { MATCH (e:Evidence {docKey: d.key})-[:SUPPORTS]->(x) } OR EXISTS { MATCH (x)-[:PROMISED]->(:Commitment {docKey: d.key}) } AS tied
OPTIONAL MATCH (d)-[r:MENTIONS]->(x)
FOREACH (_ IN CASE WHEN mentions = 0 AND NOT tied THEN [1] ELSE [] END | DELETE r)
FOREACH (_ IN CASE WHEN mentions > 0 OR tied THEN [1] ELSE [] END | MERGE (d)-[s:MENTIONS]->(x) SET s.count = mentions);

UNWIND $docKeys AS docKey
MATCH (:Document {key: docKey})-[:HAS_QUESTION]->(q:Question)-[r:MENTIONS]->(x:Entity)
WHERE x.key IN $keys
DELETE r;

UNWIND $docKeys AS docKey
MATCH (m:Mention {docKey: docKey})-[:REFERS_TO]->(x:Entity)
WHERE x.key IN $keys AND m.questionKey IS NOT NULL
MATCH (q:Question {key: m.questionKey})
WITH q, x, count(m) AS mentions
MERGE (q)-[r:MENTIONS]->(x)
SET r.count = mentions;
