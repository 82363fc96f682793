RETURN $@@repeat 1000000 p@@ AS x
