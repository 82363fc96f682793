RETURN degrees(1e308) AS d, radians(-1e308) AS r
