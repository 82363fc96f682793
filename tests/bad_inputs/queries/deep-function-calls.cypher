RETURN @@repeat 100000 abs(@@1@@repeat 100000 )@@ AS x
