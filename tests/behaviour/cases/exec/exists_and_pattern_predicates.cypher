CREATE (:P {n: 'a'})-[:K]->(:P {n: 'b'}), (:P {n: 'c'});
MATCH (p:P) RETURN p.n, (p)-[:K]->() AS has_out, EXISTS { (p)<-[:K]-() } AS has_in, [(p)-[:K]->(q) | q.n] AS outs ORDER BY p.n;
