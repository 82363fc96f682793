MATCH (n)
RETURN count(n) / 60 / 60 AS count
