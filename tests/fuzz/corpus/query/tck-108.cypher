MATCH (a)
RETURN a, count(a) + 3
