RETURN @@repeat 100000 {a: @@1@@repeat 100000 }@@ AS x
