MATCH (n) CALL db.labels() YIELD label
