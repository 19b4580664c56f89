// Reference facts from the knowledge base (server/graph/reference-facts.ts):
// one relationship per knowledge-base row, told apart from text facts by
// origin = 'kb' and a key of its own ("HOLDS_OFFICE|person:de-jonge|bzk#kb:people_offices.csv:589").
// No Evidence: the row (kbTable, kbRow, kbSource, kbSourceUrl, kbCorrections)
// is the provenance. __REL_TYPE__ is replaced by a type from RELATION_TYPES in
// extract/model/graph-model.ts, never from input.
// $rows: [{key, sourceKey, targetKey, props}].
UNWIND $rows AS row
MATCH (a:Entity {key: row.sourceKey})
MATCH (b:Entity {key: row.targetKey})
MERGE (a)-[r:__REL_TYPE__ {key: row.key}]->(b)
SET r += row.props,
    r.start = date(row.props.start),
    r.end = date(row.props.end),
    r.evidenceCount = 0,
    r.docKeys = []
