CREATE (:P {n: 'a'})-[:K]->(:P {n: 'b'})-[:K]->(:P {n: 'c'});
CREATE DERIVED REL TABLE NEXT(FROM P TO P) AS MATCH (x)-[:K]->(y) RETURN x, y;
CREATE DERIVED REL TABLE SKIP_ONE(FROM P TO P) AS MATCH (x)-[:NEXT]->()-[:NEXT]->(y) RETURN x, y;
MATCH (x)-[:SKIP_ONE]->(y) RETURN x.n, y.n;
