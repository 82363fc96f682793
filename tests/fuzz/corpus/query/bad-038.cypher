// limits: max_intermediate_rows=100000
UNWIND range(1, 10000000000) AS i RETURN count(i) AS n
