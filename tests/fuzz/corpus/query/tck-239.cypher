MATCH (a)-->(b), (b)-->(b)
RETURN b
