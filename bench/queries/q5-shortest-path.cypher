// 5. Length of a shortest directed KNOWS path between two people.
MATCH p = shortestPath((a:Person {id: $from})-[:KNOWS*1..30]->(b:Person {id: $to})) RETURN length(p)
