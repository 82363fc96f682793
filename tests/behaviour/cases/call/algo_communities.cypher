// Two triangles joined by one relationship are two communities.
CREATE (a:P {name: 'a'}), (b:P {name: 'b'}), (c:P {name: 'c'}), (d:P {name: 'd'}), (e:P {name: 'e'}), (f:P {name: 'f'})
CREATE (a)-[:R]->(b), (b)-[:R]->(c), (c)-[:R]->(a), (d)-[:R]->(e), (e)-[:R]->(f), (f)-[:R]->(d), (c)-[:R]->(d);
CALL algo.communities({types: ['R']}) YIELD node, community
WITH community, collect(node.name) AS members
RETURN members ORDER BY members
