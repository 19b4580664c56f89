// Reference facts at the given entities that the knowledge base no longer
// gives (a corrected row, an entity now resolved to another person).
// $entityKeys, $keep: reference-fact keys still given. Returns deleted.
UNWIND $entityKeys AS key
MATCH (:Entity {key: key})-[r]-()
WHERE r.origin = 'kb' AND NOT r.key IN $keep
WITH DISTINCT r
DELETE r
RETURN count(*) AS deleted
