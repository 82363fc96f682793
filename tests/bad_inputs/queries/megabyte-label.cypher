MATCH (n:@@repeat 1000000 L@@) RETURN count(n) AS n
