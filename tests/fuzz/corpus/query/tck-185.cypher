MATCH (a)
RETURN size(collect(a))
