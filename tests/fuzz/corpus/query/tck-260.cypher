MATCH p = (a)
RETURN p
