CREATE (:A {x: 1})-[:T]->(:B {y: 2});
EXPLAIN MATCH (a:A)-[:T]->(b:B) WHERE a.x = 1 AND b.y = 2 RETURN a, b;
