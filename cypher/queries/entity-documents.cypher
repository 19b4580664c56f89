// entity-documents: the documents that mention an entity, newest first,
// with how often and under which surfaces.
// @param key  string   entity key, e.g. ntf
// @returns docKey, kind, title, date, mentions, surfaces
MATCH (d:Document)-[m:MENTIONS]->(x:Entity {key: $key})
OPTIONAL MATCH (men:Mention {docKey: d.key})-[:REFERS_TO]->(x)
WITH d, m, collect(DISTINCT men.text) AS surfaces
RETURN d.key AS docKey, d.kind AS kind, d.title AS title, d.date AS date, m.count AS mentions, surfaces
ORDER BY date DESC, docKey
