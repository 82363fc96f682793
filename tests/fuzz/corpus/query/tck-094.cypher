MATCH p = (n:Movie)--(m)
RETURN p
  LIMIT 1
