CREATE (:P {n: 'a'})-[:K]->(:P {n: 'b'});
MATCH (x:P)-[:K]-(y:P) RETURN x.n, y.n ORDER BY x.n;
