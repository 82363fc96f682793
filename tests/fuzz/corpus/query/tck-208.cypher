MERGE (a)
MERGE (b)
MERGE (a)-[:FOO*2]->(b)
