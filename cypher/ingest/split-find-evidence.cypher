// splitEntity, step 3: the evidence that came from the moved mentions: in
// the same document, with the old entity at one end, and a span that holds
// a moved mention.
// $entityKey, $mentionKeys. Returns key, relKey, relType, sourceKey, docKey, start, end.
UNWIND $mentionKeys AS mentionKey
MATCH (m:Mention {key: mentionKey})
MATCH (e:Evidence {docKey: m.docKey})
WHERE e.start <= m.start AND m.end <= e.end
  AND (e.sourceKey = $entityKey OR e.relKey ENDS WITH '|' + $entityKey)
RETURN DISTINCT e.key AS key, e.relKey AS relKey, e.relType AS relType, e.sourceKey AS sourceKey,
       e.docKey AS docKey, e.start AS start, e.end AS end
