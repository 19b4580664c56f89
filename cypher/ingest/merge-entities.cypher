// Entities of one type. __ENTITY_LABEL__ is replaced by a label from
// ENTITY_TYPES in extract/model/graph-model.ts (never from input): labels
// cannot be parameters. The first document to name an entity sets its type
// and name; aliases are the union over all documents.
// $rows: EntityRow (server/graph/rows.ts).
UNWIND $rows AS row
MERGE (e:Entity {key: row.key})
ON CREATE SET e:__ENTITY_LABEL__, e.type = row.type, e.name = row.name
SET e.kind = coalesce(e.kind, row.kind),
    e.subtype = coalesce(e.subtype, row.subtype)
WITH e, coalesce(e.aliases, []) + [a IN row.aliases WHERE NOT a IN coalesce(e.aliases, []) AND a <> e.name] AS aliases
SET e.aliases = aliases,
    e.aliasText = reduce(s = '', a IN aliases | s + CASE WHEN s = '' THEN '' ELSE ' | ' END + a)
