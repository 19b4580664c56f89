// Fact relationships of one type. __REL_TYPE__ is replaced by a type from
// RELATION_TYPES and __TARGET_LABEL__ by Entity or Document (ASKED/ANSWERED),
// both from extract/model/graph-model.ts, never from input: relationship
// types cannot be parameters. One relationship per TYPE|source|target;
// evidenceCount/docKeys are set by recount-relations afterwards. MERGE on the
// key, so a reference fact of the same type between the same two entities
// (origin 'kb', merge-reference-facts) is never taken for the text fact.
// $rows: RelationRow (server/graph/rows.ts).
UNWIND $rows AS row
MATCH (a:Entity {key: row.sourceKey})
MATCH (b:__TARGET_LABEL__ {key: row.targetKey})
MERGE (a)-[r:__REL_TYPE__ {key: row.key}]->(b)
ON CREATE SET r.evidenceCount = 0, r.docKeys = []
