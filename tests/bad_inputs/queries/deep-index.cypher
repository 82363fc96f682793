RETURN [1]@@repeat 100000 [0]@@ AS x
