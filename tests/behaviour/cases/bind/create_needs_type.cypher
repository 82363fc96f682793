CREATE (a)-[:A|B]->(b);
