// Commitments with their status as of $asOf: overdue when due < $asOf,
// open otherwise (no due date = open). $actor, $document, $dueFrom, $dueTo may
// be null; $status is 'open', 'overdue' or 'all'.
MATCH (c:Commitment)
OPTIONAL MATCH (a:Entity)-[:PROMISED]->(c)
WITH c, a
WHERE ($actor IS NULL OR a.key = $actor)
  AND ($document IS NULL OR c.docKey = $document)
  AND ($dueFrom IS NULL OR c.due >= date($dueFrom))
  AND ($dueTo IS NULL OR c.due <= date($dueTo))
OPTIONAL MATCH (c)-[:STATED_IN]->(d:Document)
WITH c, a, d, CASE WHEN c.due IS NOT NULL AND c.due < date($asOf) THEN 'overdue' ELSE 'open' END AS status
WHERE $status = 'all' OR status = $status
RETURN c.key AS key,
       CASE WHEN a IS NULL THEN null ELSE {key: a.key, name: a.name} END AS actor,
       c.text AS text, toString(c.due) AS due, c.dueText AS dueText, c.kind AS kind, status,
       c.quote AS quote, coalesce(d.key, c.docKey) AS docKey, d.title AS docTitle, toString(d.date) AS docDate,
       c.start AS start, c.end AS end
ORDER BY c.due IS NULL, c.due, docDate, docKey, start
LIMIT $limit
