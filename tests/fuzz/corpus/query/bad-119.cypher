// commits: 2
CREATE REL TABLE P2(FROM Person TO Person);
CREATE DERIVED REL TABLE P1(FROM Person TO Person) AS MATCH (a:Person)-[:P2]->(b:Person) RETURN a, b;
DROP TABLE P2;
CREATE DERIVED REL TABLE P2(FROM Person TO Person) AS MATCH (a:Person)-[:P1]->(b:Person) RETURN a, b
