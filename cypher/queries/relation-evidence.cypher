// relation-evidence: every sentence that states one fact relationship, with
// its document and (for Kamervragen) the question it sits in.
// @param relKey  string   relationship key TYPE|source|target, e.g. FUNDED|ubr|ntf
// @returns docKey, docTitle, docDate, section, question, quote, start, end, rule
MATCH (e:Evidence {relKey: $relKey})-[:IN]->(d:Document)
OPTIONAL MATCH (d)-[:HAS_QUESTION]->(q:Question)
  WHERE q.start <= e.start AND e.start < q.end
RETURN d.key AS docKey, d.title AS docTitle, d.date AS docDate, e.section AS section,
       q.number AS question, e.quote AS quote, e.start AS start, e.end AS end, e.rule AS rule
ORDER BY docDate, docKey, start
