MATCH (n)-[r]->(m)
RETURN [n, r, m] AS r
