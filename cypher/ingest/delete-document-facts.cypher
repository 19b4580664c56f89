// Removes everything one ingestion of a document wrote except the Document
// node itself, the shared Entity nodes and the fact relationships (those are
// recounted from the remaining Evidence afterwards). Statements run in order.
// $docKeys: document keys.
UNWIND $docKeys AS docKey
MATCH (m:Mention {docKey: docKey})
DETACH DELETE m;

UNWIND $docKeys AS docKey
MATCH (e:Evidence {docKey: docKey})
DETACH DELETE e;

UNWIND $docKeys AS docKey
MATCH (c:Commitment {docKey: docKey})
DETACH DELETE c;

UNWIND $docKeys AS docKey
MATCH (:Document {key: docKey})-[:HAS_QUESTION]->(q:Question)
DETACH DELETE q;

UNWIND $docKeys AS docKey
MATCH (:Document {key: docKey})-[r:MENTIONS]->()
DELETE r;
