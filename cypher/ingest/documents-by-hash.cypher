// Documents already in the graph with one of these texts (sha256): a
// byte-identical file under another name is a duplicate, not a new document.
// $hashes. Returns sha256, key, file.
UNWIND $hashes AS hash
MATCH (d:Document {sha256: hash})
RETURN d.sha256 AS sha256, d.key AS key, d.file AS file
ORDER BY d.key
