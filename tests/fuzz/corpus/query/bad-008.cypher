// limits: timeout=200
MATCH (a), (b), (c), (d), (e), (f), (g) RETURN count(*) AS n
