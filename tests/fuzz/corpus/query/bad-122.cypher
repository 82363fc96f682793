// limits: timeout=200
EXPLAIN MATCH (a), (b), (c), (d), (e), (f), (g) RETURN count(*) AS n; RETURN 1 / 0 AS x
