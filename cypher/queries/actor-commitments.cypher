// actor-commitments: what an actor promised parliament, and whether it is
// overdue as of a date (due before $asOf) or open (due later, or no date).
// @param actor   string? = null   entity key of the actor; null = all actors
// @param status  string = all     open | overdue | all
// @param asOf    date = today     reference date (YYYY-MM-DD)
// @returns actor, actorName, text, due, dueText, kind, status, quote, docKey, docTitle, docDate
MATCH (a:Entity)-[:PROMISED]->(c:Commitment)-[:STATED_IN]->(d:Document)
WHERE $actor IS NULL OR a.key = $actor
WITH a, c, d, CASE WHEN c.due IS NOT NULL AND c.due < date($asOf) THEN 'overdue' ELSE 'open' END AS status
WHERE $status = 'all' OR status = $status
RETURN a.key AS actor, a.name AS actorName, c.text AS text, c.due AS due, c.dueText AS dueText,
       c.kind AS kind, status, c.quote AS quote, d.key AS docKey, d.title AS docTitle, d.date AS docDate
ORDER BY c.due IS NULL, c.due, docDate, docKey
