CREATE (:P {n: 'a'})-[:K]->(:P {n: 'b'});
CREATE DERIVED REL TABLE LINKED(FROM P TO P) AS MATCH (x)-[:K]->(y) RETURN x, y;
MATCH (a:P {n: 'a'}), (b:P {n: 'b'}) CREATE (a)-[:LINKED]->(b);
