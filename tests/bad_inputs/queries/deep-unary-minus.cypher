RETURN @@repeat 100000 - @@1 AS x
