// 2. 1-hop: how many people does one person know?
MATCH (a:Person {id: $id})-[:KNOWS]->(b:Person) RETURN count(b)
