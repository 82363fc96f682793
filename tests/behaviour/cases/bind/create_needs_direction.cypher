CREATE (a)-[:T]-(b);
