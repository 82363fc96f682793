// Degree out, in and undirected; parallel relationships count once, self-loops not at all.
CREATE (a:P {name: 'a'}), (b:P {name: 'b'}), (c:P {name: 'c'}), (d:P {name: 'd'})
CREATE (a)-[:T]->(b), (a)-[:T]->(b), (a)-[:T]->(c), (b)-[:T]->(c), (c)-[:T]->(a), (d)-[:T]->(d);
UNWIND ['out', 'in', 'undirected'] AS direction
CALL algo.degree({labels: ['P'], types: ['T'], direction: direction}) YIELD node, score
RETURN direction, node.name AS name, score ORDER BY direction, name
