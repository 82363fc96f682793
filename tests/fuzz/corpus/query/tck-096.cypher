CREATE (n:A)-[:LOOP]->(n)
