RETURN toString(1 < 0) AS bool
