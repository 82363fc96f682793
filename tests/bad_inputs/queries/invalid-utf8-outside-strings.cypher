RETURN 1 @@hex C3 28@@ AS x
