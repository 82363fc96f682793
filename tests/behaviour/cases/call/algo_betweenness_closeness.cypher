// A path a - b - c - d: b and c carry the paths between the others.
CREATE (a:P {name: 'a'}), (b:P {name: 'b'}), (c:P {name: 'c'}), (d:P {name: 'd'})
CREATE (a)-[:R]->(b), (b)-[:R]->(c), (c)-[:R]->(d);
CALL algo.betweenness({types: ['R'], direction: 'undirected'}) YIELD node, score AS betweenness
CALL algo.closeness({types: ['R'], direction: 'undirected'}) YIELD node AS n, score AS closeness
WITH node, betweenness, n, closeness WHERE n = node
RETURN node.name AS name, betweenness, closeness ORDER BY name
