// office-holder-on-date: who held an office at a ministry on a date, from the
// knowledge-base reference facts (HOLDS_OFFICE with origin 'kb': the row, its
// source URL, start and end), and the documents that person answered, or was
// named in that office by (header, signature), within $days of the date, each
// with the sentence that says so. One row per person and document; a holder
// with no such document gets one row without a document.
// @param ministry  string             entity key of the ministry, e.g. bzk
// @param date      date               the day, YYYY-MM-DD
// @param office    string = minister  minister | staatssecretaris | minister zonder portefeuille | minister-president
// @param days      integer = 183      documents dated at most this many days before or after $date
// @returns person, personName, office, role, start, end, current, kbRow, kbSource, kbSourceUrl, docKey, docTitle, docDate, acts, quote
MATCH (p:Person)-[o:HOLDS_OFFICE]->(m:Entity {key: $ministry})
WHERE o.origin = 'kb' AND o.office = $office AND o.start <= date($date) AND (o.end IS NULL OR date($date) < o.end)
OPTIONAL MATCH (ev:Evidence)-[:SUPPORTS]->(p), (ev)-[:IN]->(d:Document)
WHERE (ev.relType = 'ANSWERED' OR ev.relKey = 'HOLDS_OFFICE|' + p.key + '|' + m.key)
  AND d.date IS NOT NULL AND abs(duration.inDays(date($date), d.date).days) <= $days
WITH p, o, d, ev
ORDER BY ev.relType
WITH p, o, d, collect(DISTINCT ev.relType) AS acts, collect(ev.quote) AS quotes
RETURN p.key AS person, coalesce(o.personName, p.name) AS personName, o.office AS office, o.role AS role,
       o.start AS start, o.end AS end, o.current AS current,
       o.kbRow AS kbRow, o.kbSource AS kbSource, o.kbSourceUrl AS kbSourceUrl,
       d.key AS docKey, d.title AS docTitle, d.date AS docDate, acts, quotes[0] AS quote
ORDER BY start, person, docDate, docKey
