// Which of $keys are entities in the graph (a reference fact needs both ends).
// Returns key.
UNWIND $keys AS key
MATCH (e:Entity {key: key})
RETURN e.key AS key
