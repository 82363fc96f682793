RETURN substring('abc', -1) AS x
