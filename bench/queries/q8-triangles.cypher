// 8. Directed KNOWS triangles (each 3-cycle counted once per starting node).
// sizes: small
MATCH (a:Person)-[:KNOWS]->(b:Person)-[:KNOWS]->(c:Person)-[:KNOWS]->(a) RETURN count(*)
