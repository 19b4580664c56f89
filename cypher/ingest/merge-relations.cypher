// Fact relationships of one type. __REL_TYPE__ is replaced by a type from
// RELATION_TYPES and __TARGET_LABEL__ by Entity or Document (ASKED/ANSWERED),
// both from extract/model/graph-model.ts, never from input: relationship
// types cannot be parameters. One relationship per TYPE|source|target;
// evidenceCount/docKeys are set by recount-relations afterwards.
// $rows: RelationRow (server/graph/rows.ts).
UNWIND $rows AS row
MATCH (a:Entity {key: row.sourceKey})
MATCH (b:__TARGET_LABEL__ {key: row.targetKey})
MERGE (a)-[r:__REL_TYPE__]->(b)
ON CREATE SET r.key = row.key, r.evidenceCount = 0, r.docKeys = []
