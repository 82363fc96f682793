@@repeat 20000 RETURN 1 AS x; @@RETURN 1 / 0 AS x
