MATCH (n)-[r]->(n)
RETURN count(r)
