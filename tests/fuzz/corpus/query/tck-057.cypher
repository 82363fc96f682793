MATCH (n)
RETURN n.num AS n
ORDER BY n + 2
