// The lightest path, not the shortest: a -> c -> d -> b costs 3, a -> b costs 10.
CREATE (a:P {name: 'a'}), (b:P {name: 'b'}), (c:P {name: 'c'}), (d:P {name: 'd'}), (e:P {name: 'e'})
CREATE (a)-[:R {km: 10}]->(b), (a)-[:R {km: 1}]->(c), (c)-[:R {km: 1}]->(d), (d)-[:R {km: 1}]->(b), (b)-[:R {km: 1}]->(e);
MATCH (a:P {name: 'a'}), (b:P {name: 'b'})
CALL algo.dijkstra({types: ['R'], weight: 'km', source: a, target: b}) YIELD path, cost
RETURN [n IN nodes(path) | n.name] AS stops, cost
