// limits: timeout=200 max_path_length=8 max_intermediate_rows=100000
MATCH (a:D {i: 1}), (b:D {i: 2}) MATCH p = shortestPath((a)-[*]->(b)) RETURN length(p) AS n
