RETURN range(1, 10, 0) AS r
