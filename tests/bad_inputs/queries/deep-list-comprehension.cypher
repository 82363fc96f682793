RETURN @@repeat 20000 [x IN @@[1]@@repeat 20000  | x]@@ AS x
