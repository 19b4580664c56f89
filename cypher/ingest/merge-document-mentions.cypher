// Document -MENTIONS {count, aliases, kind, subtype}-> Entity. Every entity of
// a document's extraction gets one (count may be 0): an entity lives while
// some document mentions it, and its aliases and kind are recomputed from
// these rows (ingest/recompute-entities), so an edit that is reverted leaves
// nothing behind.
// $rows: DocumentMentionRow (server/graph/rows.ts).
UNWIND $rows AS row
MATCH (d:Document {key: row.from})
MATCH (x:Entity {key: row.entityKey})
MERGE (d)-[r:MENTIONS]->(x)
SET r.count = toInteger(row.count),
    r.aliases = row.aliases,
    r.kind = row.kind,
    r.subtype = row.subtype
