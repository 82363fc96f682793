@@hex EF BB BF@@RETURN 1 AS x
