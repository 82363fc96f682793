// Against the direction there is no path: no row.
CREATE (a:P {name: 'a'})-[:R]->(b:P {name: 'b'});
MATCH (a:P {name: 'a'}), (b:P {name: 'b'})
CALL algo.dijkstra({types: ['R'], source: b, target: a}) YIELD path, cost
RETURN cost
