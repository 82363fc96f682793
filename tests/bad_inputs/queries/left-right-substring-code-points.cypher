RETURN left('東京都', 1) AS l, right('Querétaro', 4) AS r, substring('Juárez', 2, 2) AS s
