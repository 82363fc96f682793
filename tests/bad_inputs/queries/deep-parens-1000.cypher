RETURN @@repeat 1000 (@@1@@repeat 1000 )@@ AS x
