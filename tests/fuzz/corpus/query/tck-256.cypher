CREATE (a:A), (b:B)
CREATE (a)-[:T]->(b),
       (b)-[:T]->(:C)
