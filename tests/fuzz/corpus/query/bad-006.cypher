// limits: timeout=200
MATCH (a), (b), (c), (d), (e) RETURN DISTINCT a, b, c, d, e
