RETURN @@repeat 1000000 9@@ AS x
