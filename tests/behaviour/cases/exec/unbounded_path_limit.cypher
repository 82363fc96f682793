UNWIND range(1, 70) AS i CREATE (:Chain {i: i});
MATCH (a:Chain), (b:Chain) WHERE b.i = a.i + 1 CREATE (a)-[:NEXT]->(b);
MATCH (a:Chain {i: 1})-[:NEXT*]->(b) RETURN count(b);
