// limits: timeout=200
PROFILE MATCH (a), (b), (c), (d), (e), (f), (g) RETURN count(*) AS n
