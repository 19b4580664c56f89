// splitEntity, step 1: the new entity, same type (label __ENTITY_LABEL__,
// from graph-model.ts) and kind as the one it is split from.
// $entityKey, $newKey, $name, $aliases, $aliasText.
MATCH (old:Entity {key: $entityKey})
CREATE (n:Entity:__ENTITY_LABEL__ {key: $newKey})
SET n.type = old.type, n.name = $name, n.aliases = $aliases, n.aliasText = $aliasText,
    n.kind = old.kind, n.subtype = old.subtype, n.splitFrom = $entityKey
RETURN n.key AS key
