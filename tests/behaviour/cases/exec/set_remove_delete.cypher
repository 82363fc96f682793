CREATE (:P {n: 'a', x: 1})-[:K]->(:P {n: 'b'});
MATCH (a:P {n: 'a'}) SET a.x = 2, a:Q REMOVE a.n;
MATCH (b:P {n: 'b'}) DETACH DELETE b;
MATCH (n) RETURN labels(n), properties(n);
