MATCH (n:Person) RETURN n.@@repeat 1000000 k@@ AS x LIMIT 1
