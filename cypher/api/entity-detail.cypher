// One entity with its counts, documents and merge history.
// $key: entity key. __FACT_TYPES__: the fact relationship types of graph-model.ts (substituted at load).
// Merge history: every surface form that was resolved to this entity with a
// reason (REFERS_TO.reason), so a wrong merge can be found and undone.
MATCH (e:Entity {key: $key})
RETURN e {.key, .name, .type, .kind, .subtype, aliases: coalesce(e.aliases, [])} AS entity,
       COUNT { (:Document)-[:MENTIONS]->(e) } AS documentCount,
       COUNT { (:Mention)-[:REFERS_TO]->(e) } AS mentionCount,
       COLLECT { MATCH (e)-[r:__FACT_TYPES__]-() RETURN type(r) } AS relationTypes,
       COLLECT {
         MATCH (d:Document)-[m:MENTIONS]->(e)
         RETURN d {.key, .title, date: toString(d.date), .kind, mentions: coalesce(m.count, 1)}
         ORDER BY d.date DESC, d.key
       } AS documents,
       COLLECT {
         MATCH (mention:Mention)-[ref:REFERS_TO]->(e)
         WHERE ref.reason IS NOT NULL OR ref.rule IS NOT NULL
         RETURN DISTINCT {surface: mention.text, rule: ref.rule, reason: ref.reason, docKey: mention.docKey}
       } AS merges
