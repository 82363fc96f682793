CREATE (a:A)
CREATE (a)-[:T]->(:B),
       (a)-[:T]->(:C)
