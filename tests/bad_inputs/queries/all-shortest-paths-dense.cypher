// limits: timeout=200 max_path_length=8 max_intermediate_rows=100000
MATCH (a:D), (b:D) WHERE a <> b MATCH p = allShortestPaths((a)-[*]-(b)) RETURN count(p) AS n
