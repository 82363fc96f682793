CREATE (a:P {n: 'a'})-[:K]->(b:P {n: 'b'})-[:K]->(c:P {n: 'c'}), (a)-[:K]->(d:P {n: 'd'})-[:K]->(c);
MATCH (x:P {n: 'a'}), (y:P {n: 'c'}) MATCH p = allShortestPaths((x)-[:K*]->(y)) RETURN [n IN nodes(p) | n.n] AS route ORDER BY route;
