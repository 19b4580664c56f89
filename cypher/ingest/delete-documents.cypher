// Deletes Document nodes (with their remaining relationships, e.g.
// ASKED/ANSWERED and MENTIONS). Run after delete-document-facts.
// $docKeys. Returns removed (the keys that existed).
UNWIND $docKeys AS docKey
MATCH (d:Document {key: docKey})
DETACH DELETE d
RETURN collect(docKey) AS removed
