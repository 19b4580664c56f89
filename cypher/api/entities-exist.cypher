// Which of $keys are entity keys (for clear 404s naming the unknown ones).
UNWIND $keys AS key
OPTIONAL MATCH (e:Entity {key: key})
RETURN key, e IS NOT NULL AS found
