MATCH (n:P@@hex FF@@) RETURN count(n) AS n
