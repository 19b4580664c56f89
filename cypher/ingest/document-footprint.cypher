// What a document contributed before it is replaced: the relationships its
// evidence supported and the entities it mentioned. After the rewrite these
// relationships get their evidence recounted and these entities are deleted
// if no document mentions them any more.
// $docKeys: document keys. Returns docKey, relations [{key, sourceKey}], entityKeys.
UNWIND $docKeys AS docKey
OPTIONAL MATCH (e:Evidence {docKey: docKey})
WITH docKey, collect(DISTINCT {key: e.relKey, sourceKey: e.sourceKey}) AS relations
OPTIONAL MATCH (:Document {key: docKey})-[:MENTIONS]->(x:Entity)
RETURN docKey, [r IN relations WHERE r.key IS NOT NULL] AS relations, collect(DISTINCT x.key) AS entityKeys
