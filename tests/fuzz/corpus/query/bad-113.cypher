RETURN abs(1, 2) AS x
