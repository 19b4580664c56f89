// The first stating sentence (oldest document) of each relation of a finding.
// $relKeys: relation keys TYPE|source|target.
UNWIND $relKeys AS relKey
WITH relKey, COLLECT {
  MATCH (e:Evidence {relKey: relKey})-[:IN]->(d:Document)
  RETURN {quote: e.quote, docKey: d.key, docTitle: d.title}
  ORDER BY d.date, d.key, e.start
} AS stated
WHERE size(stated) > 0
RETURN relKey, stated[0].quote AS quote, stated[0].docKey AS docKey, stated[0].docTitle AS docTitle
