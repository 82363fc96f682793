CREATE (:Big), (:Big), (:Big), (:Small)-[:T]->(:Big);
EXPLAIN MATCH (b:Big)<-[:T]-(s:Small) RETURN s;
