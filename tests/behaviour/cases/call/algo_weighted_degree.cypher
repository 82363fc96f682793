// With a weight, degree sums the weights; parallel relationships merge by `aggregate` (min by default).
CREATE (a:P {name: 'a'}), (b:P {name: 'b'}), (c:P {name: 'c'})
CREATE (a)-[:T {w: 2}]->(b), (a)-[:T {w: 5}]->(b), (a)-[:T {w: 1.5}]->(c);
UNWIND ['min', 'max', 'sum', 'count'] AS how
CALL algo.degree({types: ['T'], weight: 'w', aggregate: how}) YIELD node, score
WITH how, node, score WHERE node.name = 'a'
RETURN how, score ORDER BY how
