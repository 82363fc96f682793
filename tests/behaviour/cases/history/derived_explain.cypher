CREATE (:P {n: 'a'})-[:K]->(:P {n: 'b'});
CREATE DERIVED REL TABLE LINKED(FROM P TO P) AS MATCH (x)-[:K]->(y) RETURN x, y;
EXPLAIN MATCH (x:P)-[:LINKED]->(y) RETURN y.n;
