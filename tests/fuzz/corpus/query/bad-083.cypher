// limits: max_path_length=8
MATCH (a:D {i: 1}), (b:D {i: 2}) MATCH p = shortestPath((a)-[*]->(b)) RETURN length(p) AS n
