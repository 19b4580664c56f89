// coi-adviser-part-of-advisee: conflict-of-interest pattern. An adviser X
// belongs (PART_OF, one or two steps) to the organisation Y it advises, or
// advises Z while belonging to Y that commissioned the work the advice is
// about. Every edge comes with the sentences that state it; entities are
// the adviser, the advisee and the PART_OF chain between them.
// @returns pattern, title, summary, adviser, advisee, parent, entities, relKeys, evidence
CALL {
  MATCH (x:Entity)-[adv:ADVISED]->(y:Entity)
  MATCH part = (x)-[:PART_OF*1..2]->(y)
  RETURN 'adviser-part-of-advisee' AS pattern, x, y AS advisee, y AS parent, nodes(part) AS chain, [adv] + relationships(part) AS edges
  UNION
  MATCH (x:Entity)-[adv:ADVISED]->(z:Entity)
  MATCH part = (x)-[:PART_OF*1..2]->(y:Entity)
  WHERE y <> z AND NOT (x)-[:PART_OF*1..2]->(z)
  MATCH (y)-[com:COMMISSIONED]->(:Entity)
  WITH x, z, y, adv, part, collect(com) AS commissions
  RETURN 'adviser-of-commissioning-parent' AS pattern, x, z AS advisee, y AS parent, nodes(part) AS chain, [adv] + relationships(part) + commissions AS edges
}
RETURN pattern,
       CASE pattern WHEN 'adviser-part-of-advisee'
         THEN x.name + ' advises ' + advisee.name + ' while being part of it'
         ELSE x.name + ' advises ' + advisee.name + ' while being part of ' + parent.name + ', which commissioned the work' END AS title,
       x.name + ' -ADVISED-> ' + advisee.name + '; ' +
         reduce(s = '', n IN chain | s + CASE WHEN s = '' THEN '' ELSE ' -PART_OF-> ' END + n.name) AS summary,
       x.key AS adviser, advisee.key AS advisee, parent.key AS parent,
       [x.key, advisee.key] + [n IN chain WHERE NOT n.key IN [x.key, advisee.key] | n.key] AS entities,
       [r IN edges | r.key] AS relKeys,
       reduce(acc = [], r IN edges | acc + [(e:Evidence {relKey: r.key})-[:IN]->(d:Document) |
         {relKey: r.key, type: type(r), quote: e.quote, docKey: d.key, docTitle: d.title}]) AS evidence
ORDER BY pattern, adviser, advisee
