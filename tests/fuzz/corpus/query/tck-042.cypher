CREATE (a:A), (:A), (:A)
CREATE (a)-[:HAS]->()
