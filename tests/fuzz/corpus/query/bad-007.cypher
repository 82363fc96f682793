// limits: max_intermediate_rows=1000
MATCH (a), (b), (c), (d), (e) RETURN a, b, c, d, e ORDER BY a.i, b.i, c.i
