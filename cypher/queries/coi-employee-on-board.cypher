// coi-employee-on-board: conflict-of-interest pattern. People employed by
// organisation A sit on the board of (or chair) B, while A funds or
// commissions B. One row per (A, B), with every edge and the sentences
// that state it.
// @returns pattern, title, summary, employer, board, people, entities, relKeys, evidence
MATCH (p:Person)-[emp:EMPLOYED_BY]->(a:Entity)
MATCH (p)-[seat:BOARD_MEMBER_OF|CHAIRS]->(b:Entity)
WHERE a <> b
MATCH (a)-[money:FUNDED|COMMISSIONED]->(b)
WITH a, b, collect(DISTINCT p) AS people, collect(DISTINCT emp) + collect(DISTINCT seat) + collect(DISTINCT money) AS edges
RETURN 'employee-on-board' AS pattern,
       a.name + ' funds or commissions ' + b.name + ' while its employees sit on its board' AS title,
       size(people) + ' person(s) employed by ' + a.name + ' on the board of ' + b.name + '; ' + a.name + ' ' +
         reduce(s = '', t IN [r IN edges WHERE type(r) IN ['FUNDED', 'COMMISSIONED'] | toLower(type(r))] | s + CASE WHEN s = '' THEN '' ELSE ' and ' END + t) +
         ' ' + b.name AS summary,
       a.key AS employer, b.key AS board,
       [x IN people | x.key] AS people,
       [a.key, b.key] + [x IN people | x.key] AS entities,
       [r IN edges | r.key] AS relKeys,
       reduce(acc = [], r IN edges | acc + [(e:Evidence {relKey: r.key})-[:IN]->(d:Document) |
         {relKey: r.key, type: type(r), quote: e.quote, docKey: d.key, docTitle: d.title}]) AS evidence
ORDER BY employer, board
