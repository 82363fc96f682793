RETURN 1@@hex 00@@ AS x
