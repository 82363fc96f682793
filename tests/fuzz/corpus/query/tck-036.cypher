WITH [1, 2, 3, 4, 5] AS list
RETURN list[1..3] AS r
