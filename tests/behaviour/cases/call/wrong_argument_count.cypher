CALL db.labels(1)
