EXPLAIN MATCH (n:Person) CALL algo.degree({labels: ['Person']}) YIELD node, score WHERE node = n RETURN n.name, score
