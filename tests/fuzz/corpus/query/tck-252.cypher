MATCH (n)
DELETE n
RETURN labels(n)
