@@repeat 100000 ;@@RETURN 1 / 0 AS x
