// Kùzu's shortest-path syntax; 30 is Kùzu's default upper bound.
MATCH p = (a:Person {id: $from})-[:KNOWS* SHORTEST 1..30]->(b:Person {id: $to}) RETURN length(p)
