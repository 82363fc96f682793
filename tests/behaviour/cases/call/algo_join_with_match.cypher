// Rows of a procedure join with MATCH: PageRank of each node and who points at it.
CREATE (a:P {name: 'a'}), (b:P {name: 'b'}), (c:P {name: 'c'})
CREATE (a)-[:T]->(b), (b)-[:T]->(c), (c)-[:T]->(a);
CALL algo.pagerank({types: ['T']}) YIELD node, score
MATCH (from)-[:T]->(node)
RETURN node.name AS name, round(score * 1000) / 1000 AS rank, from.name AS from ORDER BY name
