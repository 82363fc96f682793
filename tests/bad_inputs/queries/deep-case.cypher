RETURN @@repeat 20000 CASE WHEN true THEN @@1@@repeat 20000  END@@ AS x
