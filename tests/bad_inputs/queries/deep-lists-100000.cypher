RETURN @@repeat 100000 [@@@@repeat 100000 ]@@ AS x
