MATCH (n:Note) RETURN n@@repeat 100000 .meta@@ AS x
