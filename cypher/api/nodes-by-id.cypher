// Cytoscape node data for entity keys and document keys.
CALL {
  MATCH (b:Entity) WHERE b.key IN $entityKeys RETURN b
  UNION
  MATCH (b:Document) WHERE b.key IN $docKeys RETURN b
}
RETURN CASE WHEN b:Document THEN 'doc:' + b.key ELSE b.key END AS id, b:Document AS isDocument, b.key AS key,
       CASE WHEN b:Document THEN coalesce(b.title, b.key) ELSE b.name END AS label,
       CASE WHEN b:Document THEN 'Document' ELSE b.type END AS type,
       b.kind AS kind, coalesce(b.aliases, []) AS aliases,
       CASE WHEN b:Document THEN 0 ELSE COUNT { (:Document)-[:MENTIONS]->(b) } END AS docCount
