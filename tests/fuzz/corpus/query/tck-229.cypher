MATCH (n)
RETURN n.num, count(*)
