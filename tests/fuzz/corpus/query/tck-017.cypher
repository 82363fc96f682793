RETURN NOT true IN [true, false] AS a,
       NOT (true IN [true, false]) AS b,
       (NOT true) IN [true, false] AS c
