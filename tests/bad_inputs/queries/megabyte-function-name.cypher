RETURN @@repeat 1000000 f@@(1) AS x
