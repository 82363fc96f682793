MATCH (n)
WHERE 1 <= n.num <= 3
RETURN n.num
