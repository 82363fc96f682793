WITH [1, 2, 3] AS list
RETURN list[..2] AS r
