// A fact relationship and every sentence that states it, oldest document first;
// for a knowledge-base reference fact (origin 'kb') the row it comes from.
// $relKey: TYPE|sourceKey|targetKey; $type / $source: its parsed parts (the
// type is checked against the whitelist before this runs).
MATCH (a:Entity {key: $source})-[r]->(b)
WHERE r.key = $relKey AND type(r) = $type
WITH a, r, b LIMIT 1
RETURN r.key AS key, type(r) AS type,
       {key: a.key, name: a.name} AS source,
       {key: CASE WHEN b:Document THEN 'doc:' + b.key ELSE b.key END,
        name: CASE WHEN b:Document THEN coalesce(b.title, b.key) ELSE b.name END} AS target,
       COLLECT {
         MATCH (e:Evidence {relKey: r.key})-[:IN]->(d:Document)
         OPTIONAL MATCH (d)-[:HAS_QUESTION]->(q:Question)
           WHERE q.start <= e.start AND e.start < q.end
         WITH e, d, min(q.number) AS questionNumber
         RETURN {quote: e.quote, docKey: d.key, docTitle: d.title, docDate: toString(d.date),
                 section: e.section, questionNumber: questionNumber, start: e.start, end: e.end, rule: e.rule}
         ORDER BY d.date, d.key, e.start
       } AS evidence,
       // a knowledge-base reference fact has no sentence: its row is the source
       CASE WHEN r.origin = 'kb' THEN {table: r.kbTable, row: r.kbRow, source: r.kbSource, sourceUrl: r.kbSourceUrl,
         corrections: r.kbCorrections, start: toString(r.start), end: toString(r.end), current: r.current} END AS reference
