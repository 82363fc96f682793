// limits: max_intermediate_rows=100000
RETURN size(range(1, 10000000000)) AS n
