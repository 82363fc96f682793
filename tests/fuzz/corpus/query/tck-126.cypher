WITH [1, 2, 3] AS list
RETURN 3 IN list[0..1] AS r
