// One document with its text, its question segments and every fact span in it
// (mentions, relation evidence, commitments), offsets into d.text.
MATCH (d:Document {key: $key})
RETURN d {.key, .file, .kind, .number, .title, date: toString(d.date), submitted: toString(d.submitted), .text} AS document,
       COLLECT {
         MATCH (d)-[:HAS_QUESTION]->(q:Question)
         RETURN {id: 'q' + toString(toInteger(q.number)), kind: 'question', number: toInteger(q.number), start: q.start, end: q.end}
         ORDER BY q.start
       } AS segments,
       COLLECT {
         MATCH (m:Mention)-[:IN]->(d)
         OPTIONAL MATCH (m)-[:REFERS_TO]->(e:Entity)
         RETURN {kind: 'mention', start: m.start, end: m.end, entityKey: e.key, rule: m.rule} AS fact
         UNION ALL
         MATCH (ev:Evidence)-[:IN]->(d)
         RETURN {kind: 'evidence', start: ev.start, end: ev.end, relKey: ev.relKey, relType: ev.relType, rule: ev.rule} AS fact
         UNION ALL
         MATCH (c:Commitment)-[:STATED_IN]->(d)
         OPTIONAL MATCH (actor:Entity)-[:PROMISED]->(c)
         RETURN {kind: 'commitment', start: c.start, end: c.end, entityKey: actor.key, rule: c.rule} AS fact
       } AS facts
