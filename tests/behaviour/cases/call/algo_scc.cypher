// Strong components follow direction; a cycle a -> b -> c -> a and d reached from it.
CREATE (a:P {name: 'a'}), (b:P {name: 'b'}), (c:P {name: 'c'}), (d:P {name: 'd'})
CREATE (a)-[:R]->(b), (b)-[:R]->(c), (c)-[:R]->(a), (c)-[:R]->(d);
CALL algo.scc({types: ['R']}) YIELD node, component
WITH component, collect(node.name) AS members
RETURN members ORDER BY members
