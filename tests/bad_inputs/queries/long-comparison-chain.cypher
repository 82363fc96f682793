RETURN 1@@repeat 100000  < 2@@ AS x
