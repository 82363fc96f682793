// Minimum spanning forest: the square's heaviest side is left out, the lone pair kept.
CREATE (a:P {name: 'a'}), (b:P {name: 'b'}), (c:P {name: 'c'}), (d:P {name: 'd'}), (e:P {name: 'e'}), (f:P {name: 'f'})
CREATE (a)-[:R {w: 1}]->(b), (b)-[:R {w: 2}]->(c), (c)-[:R {w: 3}]->(d), (d)-[:R {w: 4}]->(a), (e)-[:R {w: 7}]->(f);
CALL algo.mst({types: ['R'], weight: 'w'}) YIELD relationship, weight
RETURN startNode(relationship).name AS from, endNode(relationship).name AS to, weight ORDER BY weight
