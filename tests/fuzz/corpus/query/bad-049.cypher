RETURN left('abc', -1) AS x
