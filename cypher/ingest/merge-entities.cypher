// Entities of one type. __ENTITY_LABEL__ is replaced by a label from
// ENTITY_TYPES in extract/model/graph-model.ts (never from input): labels
// cannot be parameters. The first document to name an entity sets its type
// and name; aliases, kind and subtype are recomputed from every document's
// MENTIONS after the write (ingest/recompute-entities).
// $rows: EntityRow (server/graph/rows.ts).
UNWIND $rows AS row
MERGE (e:Entity {key: row.key})
ON CREATE SET e:__ENTITY_LABEL__, e.type = row.type, e.name = row.name,
              e.kind = row.kind, e.subtype = row.subtype,
              e.aliases = row.aliases, e.aliasText = row.aliasText
