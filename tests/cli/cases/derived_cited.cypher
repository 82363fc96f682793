// A derived type over people.cypher, for --cite: each relationship cites the facts it comes from.
CREATE DERIVED REL TABLE COMMANDED_AT(FROM Person TO Battle) AS MATCH (p:Person)-[c:COMMANDED]->(b:Battle) RETURN p, b;
