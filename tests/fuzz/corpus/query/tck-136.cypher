UNWIND [true, false] AS a
UNWIND [true, false] AS b
RETURN a, b, NOT (a OR b) = (NOT (a) AND NOT (b)) AS result
