UNWIND [true, false, null] AS a
UNWIND [true, false, null] AS b
UNWIND [true, false, null] AS c
WITH collect((a OR b XOR c) = (a OR (b XOR c))) AS eq,
     collect((a OR b XOR c) <> ((a OR b) XOR c)) AS neq
RETURN all(x IN eq WHERE x) AND any(x IN neq WHERE x) AS result
