WITH 1 AS label CALL db.labels() YIELD label RETURN label
