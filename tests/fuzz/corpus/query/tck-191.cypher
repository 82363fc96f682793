MATCH (a)
RETURN a.num
