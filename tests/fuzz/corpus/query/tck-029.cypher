MATCH (x:Begin)
CREATE (x)-[:TYPE]->(:End)
