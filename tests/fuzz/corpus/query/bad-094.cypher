RETURN 1 AS x garbage
