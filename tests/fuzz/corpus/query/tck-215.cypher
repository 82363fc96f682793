RETURN false AND true IN [true, false] AS a,
       false AND (true IN [true, false]) AS b,
       (false AND true) IN [true, false] AS c
