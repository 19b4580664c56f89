// kamergraaf schema, GENERATED from model/graph-model.json (structuralNodes):
// edit the model, then run `npx tsx server/graph/generate-artefacts.ts --write`.
// Applied at every start by server/db/apply-schema.ts; every statement is
// IF NOT EXISTS, so re-running is harmless. One statement per `;`.

// Uniqueness of the stable keys (also gives each key an index).
CREATE CONSTRAINT document_key IF NOT EXISTS FOR (n:Document) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT question_key IF NOT EXISTS FOR (n:Question) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT mention_key IF NOT EXISTS FOR (n:Mention) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT evidence_key IF NOT EXISTS FOR (n:Evidence) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT commitment_key IF NOT EXISTS FOR (n:Commitment) REQUIRE n.key IS UNIQUE;

// Lookups (properties marked "index": "range" in the model).
CREATE INDEX document_date IF NOT EXISTS FOR (n:Document) ON (n.date);
CREATE INDEX document_sha256 IF NOT EXISTS FOR (n:Document) ON (n.sha256);
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX mention_doc_key IF NOT EXISTS FOR (n:Mention) ON (n.docKey);
CREATE INDEX evidence_rel_key IF NOT EXISTS FOR (n:Evidence) ON (n.relKey);
CREATE INDEX evidence_doc_key IF NOT EXISTS FOR (n:Evidence) ON (n.docKey);
CREATE INDEX commitment_due IF NOT EXISTS FOR (n:Commitment) ON (n.due);
CREATE INDEX commitment_doc_key IF NOT EXISTS FOR (n:Commitment) ON (n.docKey);

// Search box: names and aliases (aliasText = the aliases list joined by " | ").
CREATE FULLTEXT INDEX entityNames IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText];
