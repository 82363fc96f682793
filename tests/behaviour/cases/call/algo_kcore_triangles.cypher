// A triangle with a tail: the triangle is the 2-core; triangles and clustering per node.
CREATE (a:P {name: 'a'}), (b:P {name: 'b'}), (c:P {name: 'c'}), (d:P {name: 'd'})
CREATE (a)-[:R]->(b), (b)-[:R]->(c), (c)-[:R]->(a), (c)-[:R]->(d);
CALL algo.kcore({types: ['R']}) YIELD node, core
CALL algo.triangles({types: ['R']}) YIELD node AS n, triangles, coefficient
WITH node, core, n, triangles, coefficient WHERE n = node
RETURN node.name AS name, core, triangles, coefficient ORDER BY name
