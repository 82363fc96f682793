// limits: max_intermediate_rows=1000
MATCH (a), (b), (c), (d) RETURN a, b, c, d, count(*) AS n
