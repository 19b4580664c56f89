// Aliases, kind and subtype of entities, from what the documents that
// mention them say now: aliases are the sorted union (the name left out),
// kind and subtype the first one given, a real organisation kind before
// "other", documents in key order. The result does not depend on the order
// documents were ingested in, nor on earlier versions of a document.
// $entityKeys.
UNWIND $entityKeys AS key
MATCH (e:Entity {key: key})
CALL (e) {
  OPTIONAL MATCH (d:Document)-[m:MENTIONS]->(e)
  WITH m, d ORDER BY CASE WHEN m.kind IS NULL THEN 2 WHEN m.kind = 'other' THEN 1 ELSE 0 END, d.key
  WITH collect(m) AS ms
  RETURN [m IN ms WHERE m.kind IS NOT NULL | m.kind][0] AS kind,
         [m IN ms WHERE m.subtype IS NOT NULL | m.subtype][0] AS subtype,
         reduce(all = [], m IN ms | all + coalesce(m.aliases, [])) AS given
}
CALL (e, given) {
  UNWIND given AS alias
  WITH DISTINCT alias WHERE alias <> e.name
  ORDER BY alias
  RETURN collect(alias) AS aliases
}
SET e.kind = coalesce(kind, e.kind),
    e.subtype = coalesce(subtype, e.subtype),
    e.aliases = aliases,
    e.aliasText = reduce(s = '', a IN aliases | s + CASE WHEN s = '' THEN '' ELSE ' | ' END + a)
