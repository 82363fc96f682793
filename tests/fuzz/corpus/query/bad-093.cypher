RETURN toInteger(0.0 / 0.0) AS x
