CALL db.labels() YIELD name RETURN name
