// Kùzu's variable-length patterns are walks unless TRAIL is asked for.
MATCH (a:Person {id: $id})-[:KNOWS* TRAIL 1..3]->(b:Person) RETURN count(*)
