MATCH p = (a {name: 'A'})-->(b)
RETURN p
