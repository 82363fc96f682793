MERGE (t:T {id: 42})
CREATE (f:R)
CREATE (t)-[:REL]->(f)
