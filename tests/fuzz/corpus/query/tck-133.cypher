MATCH (n:X {name: 'A'})
SET n += {name2: 'C'}
RETURN n
