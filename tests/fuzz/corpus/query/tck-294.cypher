MATCH (n)--(n)
RETURN count(*)
