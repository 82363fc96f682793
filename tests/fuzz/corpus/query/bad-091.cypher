RETURN toInteger(1e300) AS x
