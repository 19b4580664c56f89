// The entities the given documents mention: what reference facts are
// computed for after an ingestion. $docKeys.
// Returns key, type, name, aliases, kind.
UNWIND $docKeys AS docKey
MATCH (:Document {key: docKey})-[:MENTIONS]->(e:Entity)
RETURN DISTINCT e.key AS key, e.type AS type, e.name AS name, coalesce(e.aliases, []) AS aliases, e.kind AS kind
