UNWIND [true, false] AS a
UNWIND [true, false] AS b
UNWIND [true, false] AS c
RETURN a, b, c, (a AND (b XOR c)) = ((a AND b) XOR (a AND c)) AS result
