// coi-commissions-own-foundation: conflict-of-interest pattern. A
// commissions B, where B was set up with A's support: A funded or founded
// B, or a person employed by A founded B. Also lists what B commissioned in
// turn (downstream). Every edge comes with the sentences that state it.
// @returns pattern, title, summary, commissioner, foundation, support, downstream, entities, relKeys, evidence
MATCH (a:Entity)-[com:COMMISSIONED]->(b:Entity)
OPTIONAL MATCH (a)-[direct:FUNDED|FOUNDED]->(b)
WITH a, b, com, collect(DISTINCT direct) AS direct
OPTIONAL MATCH (a)<-[emp:EMPLOYED_BY]-(:Person)-[founded:FOUNDED]->(b)
WITH a, b, com, direct, [pair IN collect(DISTINCT [emp, founded]) WHERE pair[0] IS NOT NULL] AS viaPeople
WHERE size(direct) > 0 OR size(viaPeople) > 0
OPTIONAL MATCH (b)-[down:COMMISSIONED]->(c:Entity)
WITH a, b, com, direct, viaPeople, collect(DISTINCT down) AS downstream, collect(DISTINCT c) AS contractors
WITH a, b, direct, viaPeople, downstream, contractors,
     [com] + direct + reduce(acc = [], pair IN viaPeople | acc + pair) + downstream AS edges
RETURN 'commissions-own-foundation' AS pattern,
       // The title claims only what the edges show: founding, an employee founding, or funding.
       a.name + ' commissions ' + b.name + ', which ' +
         CASE WHEN any(r IN direct WHERE type(r) = 'FOUNDED') THEN 'it helped set up'
              WHEN size(viaPeople) > 0 THEN 'one of its employees helped set up'
              ELSE 'it funds' END AS title,
       a.name + ' commissioned ' + b.name + ', which ' +
         CASE WHEN size(direct) > 0
           THEN 'it also ' + reduce(s = '', t IN [r IN direct | toLower(type(r))] | s + CASE WHEN s = '' THEN '' ELSE ' and ' END + t)
           ELSE 'one of its employees founded' END +
         CASE WHEN size(contractors) > 0
           THEN '; ' + b.name + ' commissioned ' + reduce(s = '', n IN [x IN contractors | x.name] | s + CASE WHEN s = '' THEN '' ELSE ', ' END + n)
           ELSE '' END AS summary,
       a.key AS commissioner, b.key AS foundation,
       [r IN direct | type(r)] + CASE WHEN size(viaPeople) > 0 THEN ['EMPLOYEE_FOUNDED'] ELSE [] END AS support,
       [x IN contractors | x.key] AS downstream,
       [a.key, b.key] + [x IN contractors | x.key] AS entities,
       [r IN edges | r.key] AS relKeys,
       reduce(acc = [], r IN edges | acc + [(e:Evidence {relKey: r.key})-[:IN]->(d:Document) |
         {relKey: r.key, type: type(r), quote: e.quote, docKey: d.key, docTitle: d.title}]) AS evidence
ORDER BY commissioner, foundation
