RETURN substring('0123456789', 1) AS s
