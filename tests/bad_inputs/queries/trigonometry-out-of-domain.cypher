RETURN asin(2) AS a, acos(-2) AS b, cot(0) AS c, atan2(0, 0) AS d
