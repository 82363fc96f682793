// limits: timeout=200 max_path_length=8 max_intermediate_rows=100000
MATCH (a), (b), (c), (d), (e) RETURN size(collect([a, b, c, d, e])) AS n
