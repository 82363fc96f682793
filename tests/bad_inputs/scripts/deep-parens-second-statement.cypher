RETURN 1 AS x; RETURN @@repeat 100000 (@@1@@repeat 100000 )@@ AS y
