CREATE (:P {n: 'a'})-[:K]->(:P {n: 'b'});
CREATE DERIVED REL TABLE LINKED(FROM P TO P) AS MATCH (x)-[:K]-(y) RETURN x, y;
MATCH (x)-[:LINKED]->(y) RETURN count(*);
MATCH (b:P {n: 'b'}) CREATE (b)-[:K]->(:P {n: 'c'});
MATCH (x)-[:LINKED]->(y) RETURN x.n, y.n ORDER BY x.n, y.n;
