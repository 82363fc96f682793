// limits: timeout=200
UNWIND range(1, 100000) AS i UNWIND range(1, 100000) AS j RETURN count(*) AS n
