// Three who all fought each other cannot be split in two: the error names the cycle.
CREATE (a:P {name: 'Ana'}), (b:P {name: 'Bruno'}), (c:P {name: 'Carla'}), (d:P {name: 'Dora'})
CREATE (a)-[:AGAINST]->(b), (b)-[:AGAINST]->(c), (c)-[:AGAINST]->(a), (c)-[:AGAINST]->(d);
CALL algo.two_camps({types: ['AGAINST']}) YIELD node, side RETURN node.name, side
