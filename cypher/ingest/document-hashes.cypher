// Which of these documents are in the graph already, and with which text
// (sha256)? An unchanged hash means the document is skipped.
// $keys: document keys. Returns key, sha256.
UNWIND $keys AS key
MATCH (d:Document {key: key})
RETURN d.key AS key, d.sha256 AS sha256
