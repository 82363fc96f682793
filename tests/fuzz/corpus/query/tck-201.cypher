MATCH p = (n)-->(x)
WHERE length(p) = 10
RETURN x
