MATCH (a)-[r]->(b) AS OF 'yesterday' RETURN a;
