// splitEntity, step 5: commitments whose sentence holds a moved mention
// follow it (as actor or as subject).
// $entityKey, $newKey, $mentionKeys. Returns moved.
MATCH (n:Entity {key: $newKey}), (old:Entity {key: $entityKey})
UNWIND $mentionKeys AS mentionKey
MATCH (m:Mention {key: mentionKey})
MATCH (c:Commitment {docKey: m.docKey})
WHERE c.start <= m.start AND m.end <= c.end
WITH DISTINCT n, old, c
OPTIONAL MATCH (old)-[p:PROMISED]->(c)
OPTIONAL MATCH (c)-[a:ABOUT]->(old)
FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | MERGE (n)-[:PROMISED]->(c) DELETE p)
FOREACH (_ IN CASE WHEN a IS NULL THEN [] ELSE [1] END | MERGE (c)-[:ABOUT]->(n) DELETE a)
RETURN count(CASE WHEN p IS NOT NULL OR a IS NOT NULL THEN 1 END) AS moved
