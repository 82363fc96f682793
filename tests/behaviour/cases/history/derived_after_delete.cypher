CREATE (:P {n: 'a'})-[:K]->(:P {n: 'b'})-[:K]->(:P {n: 'c'});
CREATE DERIVED REL TABLE LINKED(FROM P TO P) AS MATCH (x)-[:K]->(y) RETURN x, y;
MATCH (x)-[:LINKED]->() RETURN count(*);
MATCH (c:P {n: 'c'}) DETACH DELETE c;
MATCH (x)-[:LINKED*]->(y) RETURN x.n, y.n ORDER BY x.n;
