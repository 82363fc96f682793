// limits: timeout=200
MATCH (a), (b), (c), (d), (e) RETURN size(collect([a, b, c, d, e])) AS n
