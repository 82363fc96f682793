CREATE (:P)-[:K]->(:P);
MATCH (n:P) DELETE n;
