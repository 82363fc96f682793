// 4. Trails of 1 to 3 KNOWS relationships from one person (no relationship twice in a path).
MATCH (a:Person {id: $id})-[:KNOWS*1..3]->(b:Person) RETURN count(*)
