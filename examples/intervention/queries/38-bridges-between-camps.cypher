// Question: Which commanders bridge the war's network, lying on the most shortest chains between opponents of all years?
CALL algo.betweenness({labels: ['Person'], types: ['FOUGHT_AGAINST'], direction: 'undirected'}) YIELD node, score
WITH node, score ORDER BY score DESC, node.name LIMIT 8
OPTIONAL MATCH (node)-[:MEMBER_OF]->(f:Faction) WHERE f.camp IS NOT NULL
WITH node, score, collect(DISTINCT f.camp) AS camps
CALL algo.degree({labels: ['Person'], types: ['FOUGHT_AGAINST'], direction: 'undirected'}) YIELD node AS n, score AS opponents
WITH node, score, camps, n, opponents WHERE n = node
RETURN node.name AS commander, score AS betweenness, opponents, camps ORDER BY betweenness DESC, commander;
