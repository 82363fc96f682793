RETURN 1@@repeat 100000  + 1@@ AS x
