MATCH (a)
MERGE (a)
