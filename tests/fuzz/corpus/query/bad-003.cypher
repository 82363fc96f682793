// limits: max_path_length=8
MATCH (a:D), (b:D) WHERE a <> b MATCH p = allShortestPaths((a)-[*]-(b)) RETURN count(p) AS n
