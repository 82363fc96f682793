// Two camps: each component's smallest node is on side 0.
CREATE (a:P {name: 'a'}), (b:P {name: 'b'}), (c:P {name: 'c'}), (d:P {name: 'd'}), (e:P {name: 'e'})
CREATE (a)-[:AGAINST]->(b), (c)-[:AGAINST]->(b), (c)-[:AGAINST]->(d), (e)-[:AGAINST]->(e);
CALL algo.two_camps({types: ['AGAINST']}) YIELD node, side RETURN side, collect(node.name) AS camp ORDER BY side
