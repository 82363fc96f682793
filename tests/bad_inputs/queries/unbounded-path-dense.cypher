// limits: timeout=200 max_path_length=8 max_intermediate_rows=100000
MATCH p = (a:D)-[*]->(b:D) RETURN count(p) AS n
