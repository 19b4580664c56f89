// splitEntity, step 2: re-point the chosen mentions; the old resolution is
// kept on the new REFERS_TO so the split itself can be undone.
// $entityKey, $newKey, $mentionKeys, $reason.
MATCH (n:Entity {key: $newKey})
UNWIND $mentionKeys AS mentionKey
MATCH (m:Mention {key: mentionKey})-[r:REFERS_TO]->(:Entity {key: $entityKey})
CREATE (m)-[:REFERS_TO {rule: 'split.manual', reason: $reason, previousEntity: $entityKey, previousRule: r.rule, previousReason: r.reason}]->(n)
DELETE r
RETURN m.key AS key, m.docKey AS docKey, m.start AS start, m.end AS end
