// Recomputes evidenceCount, docKeys and the date range of fact
// relationships from their Evidence nodes, then deletes the ones with no
// evidence left. The source key finds the relationship through the
// entity-key index; the relationship key tells it apart from its siblings.
// $relations: [{key, sourceKey}].
UNWIND $relations AS rel
MATCH (:Entity {key: rel.sourceKey})-[r]->()
WHERE r.key = rel.key
OPTIONAL MATCH (e:Evidence {relKey: rel.key})-[:IN]->(d:Document)
WITH r, e, d
ORDER BY d.key
WITH r, count(e) AS evidenceCount, collect(DISTINCT d.key) AS docKeys, min(d.date) AS firstDate, max(d.date) AS lastDate
SET r.evidenceCount = evidenceCount,
    r.docKeys = docKeys,
    r.firstDate = firstDate,
    r.lastDate = lastDate;

UNWIND $relations AS rel
MATCH (:Entity {key: rel.sourceKey})-[r]->()
WHERE r.key = rel.key AND r.evidenceCount = 0
DELETE r
RETURN count(*) AS deleted;
